package vn.dnnd.access;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * Who is acting in the portal or the API: a person logged in with a password, or an organisation's API
 * token ({@code tokenId} set), which acts as a submitter of that one organisation. Serializable: a login's
 * security context is kept in the session, and sessions are kept in PostgreSQL for every node. A Principal
 * named by its login: the session is indexed by that name (100 characters), not by the record's text.
 */
public record PortalUser(long userId, String login, Set<Role> roles, Set<String> organisations, Long tokenId)
        implements Principal, Serializable {

    public PortalUser {
        roles = Set.copyOf(roles);
        organisations = Set.copyOf(organisations);
    }

    @Override
    public String getName() {
        return login;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this user may submit for, and see the submissions of, the organisation. */
    public boolean mayActFor(String orgCode) {
        return has(Role.SUBMITTER) && orgCode != null && organisations.contains(orgCode);
    }

    /** The organisation's scope check of every submitter page and endpoint. */
    public void requireOrganisation(String orgCode) {
        if (!mayActFor(orgCode)) {
            throw new OrganisationForbidden(orgCode);
        }
    }

    /** How audit rows and uploaded versions name this user. */
    public String actor() {
        return tokenId == null ? login : "token:" + tokenId;
    }
}
