/**
 * The annual account of enforcement: the figures a bureau publishes and reports upward each year
 * (chongqing-2024 公示 第十四条: by January 31, the previous year's enforcement data, published and
 * reported to the government at the same level and the superior department; tianjin-2019 实施方案
 * 三（一）3（3）: by January 15, a written report to 法规处, the data published on the bureau's
 * website). Pure Java: the rows come from whatever repository the host reads, one at a time, so a
 * year of any size is counted in constant memory.
 */
package org.sanxiang.rules.report;
