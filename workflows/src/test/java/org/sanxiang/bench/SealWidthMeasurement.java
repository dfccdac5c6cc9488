package org.sanxiang.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.rules.chain.ChainEncoding;
import org.sanxiang.rules.chain.ChainLink;
import org.sanxiang.rules.chain.ChainVerifier;
import org.sanxiang.rules.chain.HashChain;
import org.sanxiang.rules.chain.SealedProperties;

/**
 * Sealing and verifying a case of 50 records with the narrow SXCHAIN1 metadata (id, type, name and the 12
 * fixed properties) and with the wide SXCHAIN2 metadata (every property of a review opinion plus
 * sx:retention and cm:titled, encoded). Content: 50 texts of 4 KiB. A plain timing loop (best of rounds
 * after warm-up), not JMH: the difference measured is the metadata's, the content hashing is the same.
 * Run: java -cp workflows/target/classes:workflows/target/test-classes:content-models/target/classes
 * org.sanxiang.bench.SealWidthMeasurement
 */
public final class SealWidthMeasurement {

    private static final int RECORDS = 50;
    private static final List<String> V1 = List.of("sx:stage", "sx:recordCaseNumber", "sx:recordedBy", "sx:recordedAt",
            "sx:recordPlace", "sx:textRecordKind", "sx:documentNumber", "sx:avKind", "sx:deviceId", "sx:avStartedAt",
            "sx:avEndedAt", "sx:usedAsEvidence");

    public static void main(String[] args) {
        M2Model model = M2ModelReader.readResource(ModelResources.CONTENT_MODEL);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String c : List.of("sx:reviewOpinion", "sx:textRecord", "sx:stageRecord", "sx:retention")) {
            M2Class cls = model.findClass(c).orElseThrow();
            for (M2Property p : cls.properties()) {
                properties.putIfAbsent(p.name(), switch (p.type()) {
                    case "d:int", "d:long" -> 3L;
                    case "d:boolean" -> true;
                    case "d:date", "d:datetime" -> Date.from(Instant.parse("2026-03-01T00:00:00Z"));
                    case "d:double", "d:float" -> 1.5;
                    default -> p.multiple() ? List.of("甲", "乙") : "某建筑劳务有限公司拖欠劳动者工资案 " + p.name();
                });
            }
        }
        properties.put("cm:title", "法制审核意见书");
        List<String> sealProps = model.findClass("sx:sealed").orElseThrow().properties().stream().map(M2Property::name).toList();
        SealedProperties wide = SealedProperties.of("sx:sealed", sealProps, Map.of());
        byte[][] contents = new byte[RECORDS][];
        for (int i = 0; i < RECORDS; i++) {
            contents[i] = ("问：第" + i + "份记录。" + "答".repeat(1350)).getBytes(StandardCharsets.UTF_8);
        }
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        int metadataV1 = 0;
        int metadataV2 = 0;
        for (int round = 0; round < 400; round++) {
            for (ChainEncoding enc : ChainEncoding.values()) {
                long t0 = System.nanoTime();
                List<ChainLink> links = new ArrayList<>(RECORDS);
                ChainLink previous = null;
                for (int i = 0; i < RECORDS; i++) {
                    SortedMap<String, String> metadata;
                    if (enc == ChainEncoding.SXCHAIN1) {
                        metadata = new TreeMap<>();
                        metadata.put("id", "node-" + i);
                        metadata.put("type", "sx:reviewOpinion");
                        metadata.put("name", "意见书-" + i + ".txt");
                        for (String k : V1) {
                            Object v = properties.get(k);
                            if (v != null) {
                                metadata.put(k, v instanceof Date d ? d.toInstant().toString() : v.toString());
                            }
                        }
                        metadataV1 = metadata.size();
                    } else {
                        metadata = wide.metadata("node-" + i, "sx:reviewOpinion", "意见书-" + i + ".txt",
                                List.of("sx:sealed", "P:cm:titled", "sx:retention"), properties);
                        metadataV2 = metadata.size();
                    }
                    previous = HashChain.append(enc, "case-1", previous, metadata, new ByteArrayInputStream(contents[i]));
                    links.add(previous);
                }
                long t1 = System.nanoTime();
                if (!ChainVerifier.verify("case-1", links, l -> new ByteArrayInputStream(contents[(int) l.sequence()])).intact()) {
                    throw new IllegalStateException("does not verify");
                }
                long t2 = System.nanoTime();
                int k = enc.ordinal() * 2;
                if (round >= 100) {
                    best[k] = Math.min(best[k], t1 - t0);
                    best[k + 1] = Math.min(best[k + 1], t2 - t1);
                }
            }
        }
        System.out.printf("records %d, content 4 KiB each; metadata entries per link: SXCHAIN1 %d, SXCHAIN2 %d%n", RECORDS,
                metadataV1, metadataV2);
        System.out.printf("seal   SXCHAIN1 %.3f ms, SXCHAIN2 %.3f ms (%.2fx)%n", best[0] / 1e6, best[2] / 1e6, (double) best[2] / best[0]);
        System.out.printf("verify SXCHAIN1 %.3f ms, SXCHAIN2 %.3f ms (%.2fx)%n", best[1] / 1e6, best[3] / 1e6, (double) best[3] / best[1]);
    }
}
