package uk.gov.signpost.employment.internal.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads an RFC 4180 CSV file from the class path, row by row, as maps from header to cell. Files ending {@code .gz}
 * are unzipped on the way. Quoted cells may hold commas, doubled quotes and line breaks; blank lines are skipped.
 */
public final class CsvFile {

    private CsvFile() {}

    public static void read(String path, Consumer<Map<String, String>> rows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            List<String> header = next(reader);
            if (header == null) {
                throw new IllegalStateException(path + " is empty");
            }
            List<String> cells;
            while ((cells = next(reader)) != null) {
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;
                }
                Map<String, String> row = new HashMap<>(header.size() * 2);
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                rows.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = new ClassPathResource(path).getInputStream();
        return path.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The cells of the next record, which may run over several lines, or null at the end of the file. */
    private static @Nullable List<String> next(BufferedReader reader) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            line = reader.readLine();
            if (line == null) {
                break;
            }
            cell.append('\n');
        }
        cells.add(cell.toString());
        return cells;
    }
}
