package io.skillspassport.bundles.boundary;

/**
 * A comparison as a CSV file.
 *
 * @param fileName suggested download name
 * @param content UTF-8 bytes, starting with a byte order mark so spreadsheet programs read the
 *     encoding right
 */
public record CsvExport(String fileName, byte[] content) {}
