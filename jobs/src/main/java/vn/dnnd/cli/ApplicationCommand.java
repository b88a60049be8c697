package vn.dnnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.dnnd.DnndApplication;

/**
 * A command that needs the application (database, jobs): starts it, runs, and closes it again, which
 * stops the embedded PostgreSQL unless another process owns it. {@code --help} never gets here.
 *
 * <p>picocli creates the command and fills its options before the application exists, so the command
 * cannot take its services in its own constructor. It names instead a record of the beans it uses,
 * {@code S}; once the application has started, Spring creates that record by constructor injection and
 * {@link #run} receives it. The record's type is nobody's bean: creating a service class here would make
 * a second copy of that service.
 */
abstract class ApplicationCommand<S extends Record> implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Class<S> services;

    protected ApplicationCommand(Class<S> services) {
        this.services = services;
    }

    /** Not final: bench ingest creates its own home around the application's life and removes it after. */
    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = startApplication()) {
            return run(context.getAutowireCapableBeanFactory().createBean(services), spec.commandLine().getOut());
        }
    }

    protected abstract int run(S services, PrintWriter out) throws Exception;

    /** Extra {@code --key=value} settings this command starts the application with. */
    protected List<String> applicationArguments() {
        return List.of();
    }

    /**
     * Whether this command needs the whole application at once, portal and scheduler included ({@code serve}).
     * Every other command starts without them and creates only the beans it uses, when it first uses them
     * ({@link CommandStartup}).
     */
    protected boolean wholeApplication() {
        return false;
    }

    /** The application's home directory, or null for the application's own default ($DNND_HOME, ./data). */
    protected Path home() {
        return ((DnndCommand) spec.root().userObject()).home();
    }

    private ConfigurableApplicationContext startApplication() {
        SpringApplication application = new SpringApplication(DnndApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(true);
        // A command-line property outranks DNND_HOME, as --home should.
        List<String> arguments = new ArrayList<>(wholeApplication() ? List.of() : CommandStartup.ARGUMENTS);
        arguments.addAll(applicationArguments());
        Path home = home();
        if (home != null) {
            arguments.add("--dnnd.home=" + home.toAbsolutePath());
        }
        return application.run(arguments.toArray(String[]::new));
    }
}
