package uk.gov.signpost.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Reads every row of every table in the database, every column as raw bytes (text, json, bytea and the rest
 * alike), decodes the bytes both as UTF-8 and as Latin-1, and reports where any of the given values appear. The
 * search ignores case and spaces, so "LS1 4AP" is also found as "ls14ap".
 */
final class DatabaseScan {

    private DatabaseScan() {}

    static List<String> find(DataSource dataSource, List<String> values) throws SQLException {
        List<String> needles = values.stream().map(DatabaseScan::normalise).toList();
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables"
                            + " where table_type = 'BASE TABLE'"
                            + " and table_schema not in ('pg_catalog', 'information_schema')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("No tables to scan");
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            for (String text : decodings(rs, column, meta.getColumnTypeName(column))) {
                                String haystack = normalise(text);
                                for (int i = 0; i < needles.size(); i++) {
                                    if (haystack.contains(needles.get(i))) {
                                        found.add(table + "." + meta.getColumnName(column) + " holds " + values.get(i));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> decodings(ResultSet rs, int column, String type) throws SQLException {
        if ("bytea".equals(type)) {
            byte[] bytes = rs.getBytes(column);
            return bytes == null
                    ? List.of()
                    : List.of(new String(bytes, StandardCharsets.UTF_8), new String(bytes, StandardCharsets.ISO_8859_1));
        }
        String text = rs.getString(column);
        if (text == null) {
            return List.of();
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return List.of(text, new String(bytes, StandardCharsets.ISO_8859_1));
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
