package io.shuzhi.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeedCorpusTest {

    private static final String SEED = """
            编者按:现将述职报告予以刊发。
            \u00a0
              党建工作真抓严管
            \u00a0
              中共某县县委书记 张三
            \u00a0
              一、履职工作的特色和亮点
            \u00a0
              从严治党担当主责。我主持召开12次常委会、6次领导小组会专题研究基层党建,先后15次到73个村调研督办。
            \u00a0
              创新模式探索路径。“三屏互动进农家”平台覆盖83个村8190户,农村金融服务平台覆盖163个村,累计放贷2.3亿元。
            \u00a0
              加大投入强化保障。全县村级转移支付1864万元,村均4.89万元,2014年12月29日前全部到位,这是第3批。
            \u00a0
              二、存在的主要问题及原因
            \u00a0
              抓基层党建的方法不够多。有的乡镇党委书记抓党建的主业意识还不够强,重业务轻党建的现象仍然存在。
            """;

    @Test
    void buildsAtLeastTheRequestedBytesAndCountsThemExactly() {
        SeedCorpus corpus = SeedCorpus.build(SEED, 20_000, 7);

        assertThat(corpus.totalUtf8Bytes()).isGreaterThanOrEqualTo(20_000);
        long sum = 0;
        for (int i = 0; i < corpus.size(); i++) {
            long bytes = corpus.documents().get(i).getBytes(StandardCharsets.UTF_8).length;
            assertThat(corpus.utf8Bytes()[i]).isEqualTo(bytes);
            sum += bytes;
        }
        assertThat(sum).isEqualTo(corpus.totalUtf8Bytes());
        assertThat(sum - corpus.utf8Bytes()[corpus.size() - 1]).as("stops at the first document past the target").isLessThan(20_000);
    }

    @Test
    void sameSeedSameCorpus() {
        assertThat(SeedCorpus.build(SEED, 10_000, 7).documents()).isEqualTo(SeedCorpus.build(SEED, 10_000, 7).documents());
        assertThat(SeedCorpus.build(SEED, 10_000, 7).documents()).isNotEqualTo(SeedCorpus.build(SEED, 10_000, 8).documents());
    }

    @Test
    void firstDocumentIsTheSeedAndTheOthersDiffer() {
        List<String> docs = SeedCorpus.build(SEED, 10_000, 7).documents();

        assertThat(docs.get(0)).isEqualTo(SEED);
        assertThat(docs.subList(1, docs.size())).doesNotContain(SEED).doesNotHaveDuplicates();
    }

    @Test
    void variationKeepsHeadingsInPlaceAndShufflesOnlyBodyParagraphsWithinTheirSection() {
        List<String> paragraphs = SeedCorpus.paragraphs(SEED);
        String varied = SeedCorpus.vary(paragraphs, new Random(3));
        List<String> out = SeedCorpus.paragraphs(varied);

        assertThat(out).hasSameSizeAs(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).strip().length() < 40) {
                assertThat(out.get(i)).isEqualTo(paragraphs.get(i));
            }
        }
        assertThat(varied.indexOf("二、存在的主要问题")).isGreaterThan(varied.indexOf("加大投入强化保障"));
        assertThat(varied.indexOf("抓基层党建的方法")).isGreaterThan(varied.indexOf("二、存在的主要问题"));
    }

    @Test
    void countsVaryButYearsDatesOrdinalsAndDecimalsStay() {
        String varied = SeedCorpus.varyNumbers("召开12次常委会,2014年12月29日前,第3批,村均4.89万元,覆盖163个村", new Random(1));

        assertThat(varied).contains("2014年12月29日前", "第3批", "村均4.89万元").doesNotContain("召开12次常委会,").doesNotContain("覆盖163个村");
        assertThat(varied).matches("召开[1-9]\\d次常委会,.*覆盖[1-9]\\d\\d个村");
    }

    @Test
    void paragraphsKeepTheirTrailingBlankLines() {
        List<String> paragraphs = SeedCorpus.paragraphs("甲\n\u00a0\n乙\n\n丙");

        assertThat(paragraphs).containsExactly("甲\n\u00a0", "乙\n", "丙");
    }
}
