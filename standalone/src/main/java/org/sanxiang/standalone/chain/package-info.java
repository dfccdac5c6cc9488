/**
 * {@code verify-chain}: verifies a case's hash chain (SXCHAIN2 links, SXCHAIN1 links of older chains) (chongqing-2024 全过程记录 第十四条,
 * wuhan-2020 全过程记录 第二十八条, fushun-2026 全过程记录 第二十一条: records must not be altered) in
 * any CMIS 1.1 repository with the sx types — the embedded server or a real Alfresco — through the
 * same code the workflows use ({@link org.sanxiang.repo.cmis.CmisCaseRepository},
 * {@link org.sanxiang.workflow.record.CaseSeal}, {@link org.sanxiang.rules.chain.ChainVerifier}).
 */
package org.sanxiang.standalone.chain;
