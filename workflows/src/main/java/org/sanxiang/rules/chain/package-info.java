/**
 * Tamper-evident hash chain over the records of a case (全过程记录): each link commits, with
 * SHA-256, to the content of one record, its metadata and the digest of the link before it.
 *
 * <h2>The contract (version {@code SXCHAIN1}); an auditor can re-implement it from this text</h2>
 * <pre>
 * contentDigest = SHA-256(content bytes)                      -- streamed, constant memory
 * linkDigest    = SHA-256(preimage)
 * preimage      = "SXCHAIN1"                                  -- 8 ASCII bytes, version tag
 *                 field(chainId)                              -- the case the chain belongs to
 *                 u64(sequence)                               -- 0 for the genesis link, then +1
 *                 previousDigest                              -- 32 raw bytes; 32 zero bytes at genesis
 *                 contentDigest                               -- 32 raw bytes
 *                 u64(contentLength)                          -- bytes of content
 *                 u32(number of metadata entries)
 *                 for each entry, keys in ascending unsigned byte order of their UTF-8 encoding:
 *                     field(key) field(value)
 * field(s)      = u32(byte length of UTF-8(s)) UTF-8(s)
 * u32 / u64     = unsigned big-endian integer, 4 / 8 bytes
 * hex           = lowercase hexadecimal, 64 characters for a digest
 * </pre>
 * Every variable-length part is length-prefixed and every other part has a fixed size, so two
 * different links never share a preimage. Keys are unique, non-empty; values may be empty; strings
 * must be well-formed UTF-16 (no lone surrogates), else they are refused.
 *
 * <h2>Version {@code SXCHAIN2}</h2>
 * The same layout with the tag {@code "SXCHAIN2"}; the metadata is
 * {@link org.sanxiang.rules.chain.SealedProperties#metadata}: {@code @id}, {@code @type}, {@code @name},
 * {@code @aspects} and every property of the record except those the repository maintains (each listed with
 * its reason in {@link org.sanxiang.rules.chain.SealedProperties#SYSTEM_MAINTAINED}), the seal's own, and
 * those the caller names as set after sealing by an audited step; values typed ({@code s:}, {@code i:},
 * {@code d:}, {@code b:}, {@code t:}, {@code D:}, lists quoted). A link carries its encoding
 * ({@link org.sanxiang.rules.chain.ChainLink#encoding}), so a chain sealed with {@code SXCHAIN1} verifies
 * as before, and a chain may continue in {@code SXCHAIN2}. Per-property fingerprints
 * ({@link org.sanxiang.rules.chain.SealedProperties#fingerprints}), kept beside a link, let a verifier name
 * what changed.
 *
 * <p>Why a content digest inside the preimage rather than the raw content: the link still commits
 * to every content byte (through SHA-256 of it), the content is read once (so chaining costs one
 * SHA-256 pass over the content, the benchmark's ≥ 0.9× aim), and verification can tell a changed
 * content from changed metadata.
 *
 * <p>What a chain alone cannot show: the removal of its last links. Anchor the head (its digest
 * and sequence, stored elsewhere, e.g. in the case folder's properties or a signed register) and
 * pass it to {@link org.sanxiang.rules.chain.ChainVerifier}.
 */
package org.sanxiang.rules.chain;
