package vn.dnnd.reports.pdf;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Build step (reports/pom.xml, phase process-classes): compiles every JRXML template of a directory
 * into a {@code .jasper} file beside it, so the application loads compiled templates instead of
 * compiling Java expressions with JDT at its first render (seconds of CPU in every process).
 */
public final class TemplatePrecompiler {

    private TemplatePrecompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TemplatePrecompiler <directory of .jrxml files>");
        }
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            sources = files.filter(file -> file.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no .jrxml templates in " + args[0]);
        }
        for (Path source : sources) {
            JasperReport report = JasperCompileManager.compileReport(source.toString());
            Path target = source.resolveSibling(source.getFileName().toString().replace(".jrxml", ".jasper"));
            try (OutputStream out = Files.newOutputStream(target); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(report);
            }
        }
        System.out.println("compiled " + sources.size() + " report templates in " + args[0]);
    }
}
