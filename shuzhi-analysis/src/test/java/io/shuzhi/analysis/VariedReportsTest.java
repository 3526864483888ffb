package io.shuzhi.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.lint.Finding;
import io.shuzhi.analysis.lint.FindingRule;
import io.shuzhi.analysis.quantity.Qualifier;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionItem;
import io.shuzhi.analysis.section.SectionKind;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariedReportsTest {

    private static final ReportAnalyzer ANALYZER = ReportAnalyzer.create();

    static final String VILLAGE = """
            2018年度抓基层党建工作述职报告
            张家湾村党支部书记　李国强
            一、履职情况和工作亮点
            （一）抓班子带队伍。今年召开支委会12次，发展党员2名。
            （二）抓阵地强服务。新建党群服务中心1个，面积300平方米。
            二、存在的问题和不足
            （一）党员老龄化严重，60岁以上党员占70%。
            （二）组织生活不够规范，学习教育流于形式。
            三、原因分析
            一是思想认识不到位；二是工作方法不多。
            四、2019年工作打算
            1. 发展年轻党员不少于3名，年底前完成。
            2. 明年上半年完成党群服务中心改造。
            3. 三季度末前建成村级集体经济合作社1个。
            """;

    @Test
    void villageReportWithNumberedHeadingsAndAPlanYearHeading() {
        AnalyzedReport r = single(VILLAGE);
        assertThat(r.title()).isEqualTo("2018年度抓基层党建工作述职报告");
        assertThat(r.reporter().name()).isEqualTo("李国强");
        assertThat(r.reporter().position()).isEqualTo("村党支部书记");
        assertThat(r.reporter().organization()).isEqualTo("张家湾村党支部");
        assertThat(r.year()).isEqualTo(2018);
        assertThat(r.sections()).extracting(Section::kind, Section::heading).containsExactly(
                tuple(SectionKind.HIGHLIGHTS, "一、履职情况和工作亮点"),
                tuple(SectionKind.PROBLEMS, "二、存在的问题和不足"),
                tuple(SectionKind.CAUSES, "三、原因分析"),
                tuple(SectionKind.MEASURES, "四、2019年工作打算"));
        assertThat(headings(r, SectionKind.HIGHLIGHTS)).containsExactly("抓班子带队伍", "抓阵地强服务");
        assertThat(headings(r, SectionKind.PROBLEMS)).containsExactly("党员老龄化严重", "组织生活不够规范");
        assertThat(headings(r, SectionKind.CAUSES)).containsExactly("思想认识不到位", "工作方法不多");
        assertThat(headings(r, SectionKind.MEASURES)).containsExactly("发展年轻党员不少于3名", "明年上半年完成党群服务中心改造", "三季度末前建成村级集体经济合作社1个");
        assertThat(r.commitments()).extracting(Commitment::text)
                .containsExactly("发展年轻党员不少于3名，年底前完成", "明年上半年完成党群服务中心改造", "三季度末前建成村级集体经济合作社1个");
        assertThat(r.commitments()).extracting(Commitment::value, Commitment::comparator, Commitment::deadline).containsExactly(
                tuple(new BigDecimal("3"), Qualifier.AT_LEAST, LocalDate.of(2019, 12, 31)),
                tuple(null, null, LocalDate.of(2019, 6, 30)),
                tuple(new BigDecimal("1"), Qualifier.EXACT, LocalDate.of(2019, 9, 30)));
        assertThat(rules(r)).doesNotContain(FindingRule.MISSING_SECTION);
        assertThat(r.findings()).filteredOn(f -> f.rule() == FindingRule.VAGUE_PROBLEM)
                .extracting(Finding::text).containsExactly("组织生活不够规范");
    }

    @Test
    void singleReportWithoutBylineIsOneReportAndMissingPartsAreReported() {
        AnalyzedReport r = single("""
                一、主要做法
                抓班子。全年召开会议6次。
                二、存在问题
                学习不够深入。有3名党员未按时参加组织生活。
                """);
        assertThat(r.reporter().name()).isNull();
        assertThat(r.title()).isNull();
        assertThat(r.findings()).filteredOn(f -> f.rule() == FindingRule.MISSING_SECTION)
                .extracting(Finding::severity, Finding::message)
                .hasSize(2)
                .anySatisfy(t -> assertThat(t.toList().get(1).toString()).contains("下步工作思路和措施"));
    }

    @Test
    void headingVariantsAreRecognisedByKeyword() {
        AnalyzedReport r = single("""
                中共某某镇党委书记 王五
                一、工作成效
                抓党建促发展。全镇新建示范点5个。
                二、存在问题及原因
                （一）存在不足
                党员教育不够经常。全年只开展集中学习2次。
                （二）产生问题的原因
                究其原因，一是重视不够，二是投入不足。
                三、今后努力方向
                第一，强化责任落实，每月研究党建工作不少于1次。
                第二，加大投入，2020年底前完成阵地改造。
                """);
        assertThat(r.reporter().position()).isEqualTo("镇党委书记");
        assertThat(r.sections()).extracting(Section::kind).containsExactly(SectionKind.HIGHLIGHTS, SectionKind.PROBLEMS,
                SectionKind.CAUSES, SectionKind.MEASURES);
        assertThat(headings(r, SectionKind.CAUSES)).containsExactly("重视不够", "投入不足");
        assertThat(headings(r, SectionKind.MEASURES)).containsExactly("强化责任落实", "加大投入");
        // 2020年底前 in the measures makes 2020 the plan year, so 每月 (a per-period target) runs to its end
        assertThat(r.year()).isEqualTo(2019);
        assertThat(r.commitments()).extracting(Commitment::deadline)
                .containsExactly(LocalDate.of(2020, 12, 31), LocalDate.of(2020, 12, 31));
    }

    @Test
    void gbkEncodedFileIsDecoded() {
        byte[] gbk = VILLAGE.getBytes(Charset.forName("GB18030"));
        AnalysisResult result = ANALYZER.analyze(gbk, "old.txt", AnalysisOptions.defaults());
        assertThat(result.text()).isEqualTo(VILLAGE);
        assertThat(result.reports().get(0).reporter().name()).isEqualTo("李国强");
    }

    @Test
    void utf8BomIsDropped() {
        byte[] utf8 = VILLAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(ANALYZER.analyze(bom, "bom.txt", AnalysisOptions.defaults()).text()).isEqualTo(VILLAGE);
    }

    @Test
    void yearOptionOverridesTheText() {
        AnalyzedReport r = ANALYZER.analyze(VILLAGE, AnalysisOptions.reportYear(2020)).reports().get(0);
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.commitments().get(0).deadline()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void offsetsAreCodePointsEvenWithCharactersOutsideTheBmp() {
        String text = VILLAGE.replace("李国强", "李𠀾强");
        AnalysisResult result = ANALYZER.analyze(text, AnalysisOptions.defaults());
        AnalyzedReport r = result.reports().get(0);
        assertThat(r.reporter().name()).isEqualTo("李𠀾强");
        for (Finding f : r.findings()) {
            assertThat(SeedGoldTest.slice(text, f.start(), f.end())).isEqualTo(f.text());
        }
        for (Commitment c : r.commitments()) {
            assertThat(SeedGoldTest.slice(text, c.start(), c.end())).isEqualTo(c.text());
        }
        assertThat(r.end()).isEqualTo(text.codePointCount(0, text.length()) - 1); // the final newline is not part of it
    }

    @Test
    void typosWithoutFalsePositives() {
        AnalyzedReport r = single("""
                一、主要做法
                建立台账。基础薄弱的村已建台帐，工作布署到位，既使困难也不找籍口。
                """);
        assertThat(r.findings()).filteredOn(f -> f.rule() == FindingRule.TYPO)
                .extracting(Finding::text, Finding::fix)
                .containsExactly(tuple("台帐", "台账"), tuple("布署", "部署"), tuple("既使", "即使"), tuple("籍口", "借口"));
    }

    @Test
    void boilerplateSharedAcrossFilesOfOneBatch() {
        String shared = "坚持以习近平新时代中国特色社会主义思想为指导，全面落实新时代党的建设总要求和新时代党的组织路线";
        String a = "一、主要做法\n抓思想。" + shared + "，成效明显。\n";
        String b = "一、主要做法\n强基础。我们" + shared + "，扎实推进。\n";
        List<AnalysisResult> results = ANALYZER.analyzeBatch(List.of(
                new ReportAnalyzer.Input("a.txt", a.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new ReportAnalyzer.Input("b.txt", b.getBytes(java.nio.charset.StandardCharsets.UTF_8))), AnalysisOptions.defaults());
        assertThat(rules(results.get(0).reports().get(0))).doesNotContain(FindingRule.BOILERPLATE);
        assertThat(results.get(1).reports().get(0).findings()).filteredOn(f -> f.rule() == FindingRule.BOILERPLATE)
                .singleElement().satisfies(f -> assertThat(f.text()).contains(shared));
    }

    @Test
    void signatureBylineAtTheEndNamesTheReporterOfASingleReport() {
        AnalyzedReport r = single("""
                关于2019年度抓基层党建工作的述职报告
                一、主要做法
                抓班子。全年召开支委会12次。
                二、存在问题
                学习不够深入，有3名党员未按时参加组织生活。
                三、下一步工作打算
                抓学习。每月组织集中学习不少于1次。
                东风社区党委书记：周七
                2019年12月20日
                """);
        assertThat(r.title()).isEqualTo("关于2019年度抓基层党建工作的述职报告");
        assertThat(r.reporter().name()).isEqualTo("周七");
        assertThat(r.reporter().position()).isEqualTo("社区党委书记");
        assertThat(r.year()).isEqualTo(2019);
        assertThat(r.commitments()).singleElement().satisfies(c -> assertThat(c.deadline()).isEqualTo(LocalDate.of(2020, 12, 31)));
    }

    @Test
    void subHeadingsNamingAnEarlierPartArePointsNotSections() {
        AnalyzedReport r = single("""
                一、履职情况
                （一）打造特色党建品牌
                全年创建示范点3个。
                二、存在问题
                宣传不够。全年只发稿2篇。
                三、下步打算
                （一）擦亮特色亮点
                新建示范点2个。
                """);
        assertThat(r.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.HIGHLIGHTS, SectionKind.PROBLEMS, SectionKind.MEASURES);
        assertThat(headings(r, SectionKind.HIGHLIGHTS)).containsExactly("打造特色党建品牌");
        assertThat(headings(r, SectionKind.MEASURES)).containsExactly("擦亮特色亮点");
    }

    @Test
    void townshipCompilationWithFullWidthDigitsAndASourceCredit() throws java.io.IOException {
        String text;
        try (var in = getClass().getResourceAsStream("/town-compilation.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        AnalysisResult result = ANALYZER.analyze(text, AnalysisOptions.defaults());
        assertThat(result.reports()).extracting(r -> r.reporter().name(), r -> r.reporter().position())
                .containsExactly(tuple("张明", "镇党委书记"), tuple("王小红", "村党支部书记"));
        AnalyzedReport town = result.reports().get(0);
        assertThat(town.year()).isEqualTo(2019);
        assertThat(headings(town, SectionKind.PROBLEMS)).hasSize(3);
        assertThat(headings(town, SectionKind.CAUSES)).containsExactly("思想认识有偏差", "工作方法较单一", "督导考核不严");
        assertThat(town.commitments()).extracting(Commitment::text, Commitment::value, Commitment::deadline).containsExactly(
                tuple("２０２０年６月底前，完成所有村党组织书记轮训", null, LocalDate.of(2020, 6, 30)),
                tuple("每季度听取一次村党建工作汇报", new BigDecimal("1"), LocalDate.of(2020, 12, 31)),
                tuple("力争年底前消除集体经济收入５万元以下的村", new BigDecimal("50000"), LocalDate.of(2020, 12, 31)),
                tuple("村均收入达到８万元以上", new BigDecimal("80000"), LocalDate.of(2020, 12, 31)),
                tuple("每年发展３５岁以下党员不少于１５名", new BigDecimal("15"), LocalDate.of(2020, 12, 31)));
        AnalyzedReport village = result.reports().get(1);
        assertThat(SeedGoldTest.slice(text, village.start(), village.end())).doesNotContain("来源");
        assertThat(rules(village)).containsExactly(FindingRule.MISSING_SECTION, FindingRule.VAGUE_PROBLEM);
    }

    @Test
    void aParagraphPastedTwiceIsOneRepeatedPassage() {
        String para = "全年开展党员集中学习12次，组织党员志愿服务活动8次，党员参与率达到95%。";
        AnalyzedReport r = single("一、主要做法\n抓学习。" + para + "\n" + para + "\n二、存在的问题\n学习不深入。\n");
        assertThat(r.findings()).filteredOn(f -> f.rule() == FindingRule.REPEATED_PASSAGE)
                .singleElement().satisfies(f -> {
                    assertThat(f.text()).isEqualTo(para);
                    assertThat(f.fix()).isEmpty();
                });
    }

    @Test
    void parallelPhrasesAreNotRepeatedPassages() {
        AnalyzedReport r = single("""
                一、存在的问题
                用力不均。抓村(社区)党建用力多一些，抓机关党建用力相对少一些；抓村干部的教育管理用力多一些，抓农村流动党员教育管理用力相对少一些。
                """);
        assertThat(rules(r)).doesNotContain(FindingRule.REPEATED_PASSAGE);
    }

    @Test
    void bylineVariants() {
        String body = "\n一、主要做法\n抓班子。召开会议3次。\n";
        assertThat(single("中共某某县委副书记 孙八" + body).reporter())
                .isEqualTo(new io.shuzhi.analysis.split.Reporter("孙八", "县委副书记", "中共某某县委"));
        assertThat(single("孙八（中共某某区委书记）" + body).reporter())
                .isEqualTo(new io.shuzhi.analysis.split.Reporter("孙八", "区委书记", "中共某某区委"));
        assertThat(single("城南街道党工委书记：钱九同志" + body).reporter())
                .isEqualTo(new io.shuzhi.analysis.split.Reporter("钱九", "街道党工委书记", "城南街道党工委"));
        assertThat(single("述职人：赵十" + body).reporter().name()).isEqualTo("赵十");
    }

    @Test
    void compilationWithoutBylinesSplitsWhereThePartsStartAgain() {
        AnalysisResult result = ANALYZER.analyze("""
                城关镇：强基固本抓党建
                一、主要做法
                抓班子。全年召开会议12次。
                二、存在问题
                学习不深入。3名党员未参加组织生活。
                三、下步打算
                抓学习。每月学习不少于1次。
                李家村：党建引领促振兴
                一、主要做法
                抓产业。新建基地2个。
                二、存在问题
                产业单一。只有1个主导产业。
                三、下步打算
                抓产业。明年新建基地3个。
                """, AnalysisOptions.reportYear(2019));
        assertThat(result.reports()).extracting(AnalyzedReport::title)
                .containsExactly("城关镇：强基固本抓党建", "李家村：党建引领促振兴");
        assertThat(result.reports().get(1).commitments()).singleElement()
                .satisfies(c -> assertThat(c.deadline()).isEqualTo(LocalDate.of(2020, 12, 31)));
    }

    @Test
    void runInParagraphsAndInlineHeadings() {
        String text = "中共某某县委书记 吴一\n　　一、主要做法。抓责任。全年召开常委会8次。　　二、存在的问题：一是学习不深入；二是调研偏少，全年仅3次。"
                + "　　三、下一步工作打算。一是每季度调研不少于2次；二是年底前完成阵地建设。\n";
        AnalyzedReport r = single(text);
        assertThat(r.sections()).extracting(Section::kind, Section::heading).containsExactly(
                tuple(SectionKind.HIGHLIGHTS, "一、主要做法"),
                tuple(SectionKind.PROBLEMS, "二、存在的问题"),
                tuple(SectionKind.MEASURES, "三、下一步工作打算"));
        assertThat(headings(r, SectionKind.PROBLEMS)).containsExactly("学习不深入", "调研偏少");
        assertThat(headings(r, SectionKind.MEASURES)).containsExactly("每季度调研不少于2次", "年底前完成阵地建设");
        assertThat(r.commitments()).extracting(Commitment::text).containsExactly("每季度调研不少于2次", "年底前完成阵地建设");
    }

    @Test
    void utf16WithBomIsDecoded() {
        byte[] body = VILLAGE.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(ANALYZER.analyze(bytes, "notepad.txt", AnalysisOptions.defaults()).text()).isEqualTo(VILLAGE);
    }

    @Test
    void headlineBelowTheByline() {
        AnalyzedReport r = single("中共某某县委书记 吴一\n夯实基层基础 建强战斗堡垒\n一、主要做法\n抓班子。召开会议3次。\n");
        assertThat(r.title()).isEqualTo("夯实基层基础 建强战斗堡垒");
        assertThat(r.reporter().name()).isEqualTo("吴一");
    }

    private static AnalyzedReport single(String text) {
        AnalysisResult result = ANALYZER.analyze(text, AnalysisOptions.defaults());
        assertThat(result.reports()).hasSize(1);
        return result.reports().get(0);
    }

    static List<String> headings(AnalyzedReport r, SectionKind kind) {
        return r.sections().stream().filter(s -> s.kind() == kind).flatMap(s -> s.items().stream())
                .map(SectionItem::heading).toList();
    }

    static List<FindingRule> rules(AnalyzedReport r) {
        return r.findings().stream().map(Finding::rule).toList();
    }
}
