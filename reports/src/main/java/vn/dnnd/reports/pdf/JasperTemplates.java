package vn.dnnd.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The JRXML templates under {@code vn/dnnd/reports/templates/}, each loaded once per process and
 * kept. The build compiles them into {@code .jasper} files beside the JRXML ({@link TemplatePrecompiler});
 * a template without one (a run from sources that skipped the build step) is compiled from its JRXML,
 * which takes seconds, filling a compiled template milliseconds. A compiled JasperReport is immutable,
 * so one instance serves every thread.
 */
public final class JasperTemplates {

    private static final String LOCATION = "vn/dnnd/reports/templates/";
    private static final ConcurrentMap<String, JasperReport> COMPILED = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static final AtomicInteger COMPILATIONS = new AtomicInteger();

    private JasperTemplates() {
    }

    /** The compiled template, compiling it on first use. */
    public static JasperReport get(String name) {
        return COMPILED.computeIfAbsent(name, JasperTemplates::load);
    }

    /** Several templates by name, as a map for a master report's subreport expressions. */
    static Map<String, JasperReport> all(String... names) {
        Map<String, JasperReport> templates = new ConcurrentHashMap<>();
        for (String name : names) {
            templates.put(name, get(name));
        }
        return templates;
    }

    /** How many templates this process has loaded: one per template, whatever the number of renders. */
    public static int loads() {
        return LOADS.get();
    }

    /** How many of them had no precompiled {@code .jasper} and were compiled from JRXML. */
    public static int compilations() {
        return COMPILATIONS.get();
    }

    private static JasperReport load(String name) {
        LOADS.incrementAndGet();
        String resource = LOCATION + name + ".jasper";
        try (InputStream jasper = JasperTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (jasper == null) {
                return compile(name);
            }
            return (JasperReport) JRLoader.loadObject(jasper);
        } catch (JRException | IOException e) {
            throw new IllegalStateException("compiled report template " + resource + " does not load: " + e.getMessage(), e);
        }
    }

    private static JasperReport compile(String name) {
        String resource = LOCATION + name + ".jrxml";
        try (InputStream jrxml = JasperTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new IllegalStateException("report template not on the classpath: " + resource);
            }
            JasperReport report = JasperCompileManager.compileReport(jrxml);
            COMPILATIONS.incrementAndGet();
            return report;
        } catch (JRException | IOException e) {
            throw new IllegalStateException("report template " + resource + " does not compile: " + e.getMessage(), e);
        }
    }
}
