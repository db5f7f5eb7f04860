/**
 * Benchmarks of the disclosure guard (issue 4): the detectors' throughput on mixed text against a
 * naive regex alternation ({@link uk.warden.bench.inspect.DetectorStep}), and a whole XLSX
 * inspection against a plain fastexcel read within a 512 MB heap ({@link
 * uk.warden.bench.inspect.InspectXlsxStep}). Each is a {@link uk.warden.bench.BenchStep} that
 * {@link uk.warden.bench.BenchMain} runs by name: {@code inspect-xlsx} and {@code detectors}.
 */
@NullMarked
package uk.warden.bench.inspect;

import org.jspecify.annotations.NullMarked;
