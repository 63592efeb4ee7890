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
import org.springframework.core.io.ClassPathResource;

/**
 * Reads a CSV file from the class path, row by row, as maps from header to cell. Files ending {@code .gz} are
 * unzipped on the way. Cells may be quoted (RFC 4180) but may not contain line breaks; none of the shipped
 * files do.
 */
public final class CsvFile {

    private CsvFile() {
    }

    public static void read(String path, Consumer<Map<String, String>> rows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IllegalStateException(path + " is empty");
            }
            List<String> header = split(headerLine);
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> cells = split(line);
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

    public static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
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
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
