package vn.dnnd.cli;

import java.io.PrintWriter;
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
 */
abstract class ApplicationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (ConfigurableApplicationContext context = startApplication()) {
            return run(context, spec.commandLine().getOut());
        }
    }

    protected abstract int run(ConfigurableApplicationContext context, PrintWriter out) throws Exception;

    /** Extra {@code --key=value} settings this command starts the application with. */
    protected List<String> applicationArguments() {
        return List.of();
    }

    private ConfigurableApplicationContext startApplication() {
        SpringApplication application = new SpringApplication(DnndApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(true);
        DnndCommand root = (DnndCommand) spec.root().userObject();
        // A command-line property outranks DNND_HOME, as --home should.
        List<String> arguments = new ArrayList<>(applicationArguments());
        if (root.home() != null) {
            arguments.add("--dnnd.home=" + root.home().toAbsolutePath());
        }
        return application.run(arguments.toArray(String[]::new));
    }
}
