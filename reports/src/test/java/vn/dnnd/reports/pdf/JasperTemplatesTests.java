package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.ReportLanguage;

class JasperTemplatesTests {

    @Test
    void loadsEachTemplateOnceWhateverTheNumberOfRenders() {
        SampleReports reports = new SampleReports(SampleData.load());
        new BriefingPdf().render(reports.briefing(), ReportLanguage.VI);
        int afterFirst = JasperTemplates.loads();
        assertThat(afterFirst).isPositive();
        for (ReportLanguage language : ReportLanguage.values()) {
            new BriefingPdf().render(reports.briefing(), language);
        }
        assertThat(JasperTemplates.loads()).isEqualTo(afterFirst);
        assertThat(JasperTemplates.get("briefing")).isSameAs(JasperTemplates.get("briefing"));
    }

    @Test
    void theBuildCompilesEveryTemplateSoNoneIsCompiledAtRenderTime() {
        SampleReports reports = new SampleReports(SampleData.load());
        new SummaryReportPdf().render(reports.summary(), ReportLanguage.VI);
        new BriefingPdf().render(reports.briefing(), ReportLanguage.VI);
        assertThat(JasperTemplates.loads()).isGreaterThanOrEqualTo(9);
        assertThat(JasperTemplates.compilations()).isZero();
    }
}
