/**
 * The demo: a dataset of one realistic case per jurisdiction profile (resource {@code demo-cases.json}
 * next to this package's classes, each case citing the articles it exercises), loaded into the sandbox at
 * start ({@link org.sanxiang.standalone.demo.DemoDataset}), with its record files generated at load time
 * ({@link org.sanxiang.standalone.demo.RecordFiles}: UTF-8 text, JPEG with EXIF, MP4 with a movie header),
 * and the {@code demo} command that runs every case through the three systems.
 */
package org.sanxiang.standalone.demo;
