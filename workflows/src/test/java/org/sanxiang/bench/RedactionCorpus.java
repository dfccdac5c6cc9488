package org.sanxiang.bench;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Generated Chinese text for the redaction benchmark: penalty decisions with the personal data
 * Wuhan 公示 第九条 hides (dense), and enforcement prose without any (sparse). Deterministic.
 */
final class RedactionCorpus {

    static final String NAME = "张三丰";
    static final String ADDRESS = "重庆市江北区观音桥街道建新北路88号3栋2单元501室";

    private static final String DECISION = """
            重庆市江北区人力资源和社会保障局行政处罚决定书江北人社监罚〔2024〕%d号
            当事人：张三丰，男，汉族，公民身份号码：%s，住址：重庆市江北区观音桥街道建新北路88号3栋2单元501室，联系电话：%s，电子邮箱：zhang%d@example.com。
            用人单位：重庆渝新劳务服务有限公司，统一社会信用代码：91500105MA5YL3QK74，住所：重庆市渝中区民族路166号，法定代表人：李四。
            经查，当事人张三丰作为重庆渝新劳务服务有限公司的实际负责人，于2023年6月至12月拖欠劳动者工资共计人民币%d元。当事人名下中国工商银行账号%s，存款余额为人民币%d元；其名下不动产权证书编号：渝(2023)江北区不动产权第%07d号，车辆渝A·D%05d。
            以上事实有劳动保障监察询问笔录、工资支付台账、银行转账记录等证据证明。本局认为，当事人的行为违反了《劳动保障监察条例》第二十六条的规定。根据《劳动保障监察条例》第二十六条之规定，本局决定对当事人处以罚款人民币%d元。当事人如不服本决定，可在收到本决定书之日起六十日内向重庆市人力资源和社会保障局申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。
            """;

    private static final String PROSE = """
            第%d条 行政执法机关应当依照法律、法规、规章的规定，通过文字、音像等记录形式，对行政执法的启动、调查取证、审核决定、送达执行等全部过程进行记录，并全面系统归档保存，做到执法全过程留痕和可回溯管理。执法人员应当在行政执法全过程结束之日起二十个工作日内，对行政执法全过程记录资料进行立卷、归档。重大行政执法决定法制审核以书面审核为主，必要时法制机构可以调阅行政执法活动相关材料，向案件调查人员了解情况。
            """;

    private RedactionCorpus() {
    }

    /** About {@code chars} chars of decisions with fresh numbers in every one. */
    static String decisions(int chars) {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder text = new StringBuilder(chars + 2048);
        for (int n = 1; text.length() < chars; n++) {
            text.append(String.format(DECISION, n, id(random), mobile(random), n, random.nextInt(10_000, 900_000),
                    card(random), random.nextInt(1_000, 99_999), random.nextInt(9_999_999), random.nextInt(99_999),
                    random.nextInt(1, 20) * 1000));
        }
        return text.toString();
    }

    /** About {@code chars} chars of enforcement prose with no personal data. */
    static String prose(int chars) {
        StringBuilder text = new StringBuilder(chars + 1024);
        for (int n = 1; text.length() < chars; n++) {
            text.append(String.format(PROSE, n));
        }
        return text.toString();
    }

    static long utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String id(SplittableRandom random) {
        String first17 = "500105" + (1950 + random.nextInt(55)) + String.format("%02d%02d%03d",
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * w[k];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static String mobile(SplittableRandom random) {
        return "1" + (3 + random.nextInt(7)) + String.format("%d %04d %04d", random.nextInt(10),
                random.nextInt(10_000), random.nextInt(10_000));
    }

    private static String card(SplittableRandom random) {
        return String.format("6222 %04d %04d %04d %03d", random.nextInt(10_000), random.nextInt(10_000),
                random.nextInt(10_000), random.nextInt(1000));
    }
}
