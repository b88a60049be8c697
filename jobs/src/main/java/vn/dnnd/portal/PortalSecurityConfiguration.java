package vn.dnnd.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.dnnd.access.Role;
import vn.dnnd.access.UserService;

/**
 * Who may open what: every page and endpoint is named here, by role (DESIGN 5b), and anything not named is
 * refused. Organisation scoping is the second gate, inside each submitter page and endpoint
 * ({@link vn.dnnd.access.PortalUser#requireOrganisation}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class PortalSecurityConfiguration {

    /** No inline script or style anywhere; nothing frames the portal. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] BOARD = roles(Role.REVIEWER, Role.ANALYST, Role.LEADER, Role.ADMIN);
    private static final String[] READERS = roles(Role.ANALYST, Role.LEADER);

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, PortalLogin login, BearerTokenFilter bearerTokens,
                                       PasswordChangeFilter passwordChange, ApiErrors apiErrors, UserService users)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico", "/error",
                                "/api/v1/openapi.json").permitAll()
                        .requestMatchers("/submit", "/submit/**").hasRole(Role.SUBMITTER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/submissions").hasRole(Role.SUBMITTER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/periods/*/versions").hasRole(Role.SUBMITTER.name())
                        .requestMatchers("/review", "/review/**").hasRole(Role.REVIEWER.name())
                        .requestMatchers("/admin/unlocks", "/admin/periods").hasRole(Role.ADMIN.name())
                        .requestMatchers("/status", "/status/**").hasAnyRole(BOARD)
                        .requestMatchers(HttpMethod.GET, "/api/v1/periods/*/status").hasAnyRole(BOARD)
                        .requestMatchers("/reports", "/reports/**", "/figures", "/figures/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/periods/*/editions", "/api/v1/artifacts/*",
                                "/api/v1/periods/*/indicators").hasAnyRole(READERS)
                        .requestMatchers("/admin/users", "/admin/users/**", "/admin/tokens", "/admin/tokens/**")
                                .hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/jobs", "/admin/jobs/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/schedules", "/admin/schedules/**").hasRole(Role.ADMIN.name())
                        // A load balancer's health check: UP or DOWN only (details for ADMIN), every other actuator path refused.
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/", "/password").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(login).failureHandler(login).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(login))
                // A token is presented by a program, not by a browser a third party could drive: no CSRF to check.
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::presentsToken))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(apiErrors).accessDeniedHandler(apiErrors))
                .addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionAccountFilter(users, apiErrors), AuthorizationFilter.class)
                .addFilterBefore(passwordChange, AuthorizationFilter.class)
                .authenticationProvider(login.provider());
        return http.build();
    }

    /** The token and password-change filters belong to the security chain only, not to the servlet container too. */
    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilterRegistration(BearerTokenFilter filter) {
        FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PasswordChangeFilter> passwordChangeFilterRegistration(PasswordChangeFilter filter) {
        FilterRegistrationBean<PasswordChangeFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    private static String[] roles(Role... roles) {
        return java.util.Arrays.stream(roles).map(Enum::name).toArray(String[]::new);
    }
}
