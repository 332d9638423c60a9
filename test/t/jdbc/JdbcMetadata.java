// Reads the metadata of schema backlog's views through pgjdbc, the way BI tools (Metabase and
// others) discover them: DatabaseMetaData.getTables and getColumns with their REMARKS. Prints
// one line per view and a FAIL line per broken rule; the caller counts them.
//
//   java -cp /usr/share/java/postgresql.jar JdbcMetadata.java jdbc:postgresql://localhost:PORT/DB [view...]
//
// Views named after the URL are exempt from the _hours rule (listed, with the reason, by the caller).
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

public class JdbcMetadata {
    static int failures = 0;

    static void fail(String what) {
        failures++;
        System.out.println("FAIL " + what);
    }

    record Column(String name, String typeName, int sqlType, String remarks) {}

    static List<Column> columns(DatabaseMetaData md, String view) throws Exception {
        List<Column> cols = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, "backlog", view, "%")) {
            while (rs.next())
                cols.add(new Column(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"),
                                    rs.getInt("DATA_TYPE"), rs.getString("REMARKS")));
        }
        return cols;
    }

    // name:type_name:java.sql.Types, in order
    static void expect(DatabaseMetaData md, String view, String[] spec) throws Exception {
        List<Column> cols = columns(md, view);
        if (cols.size() != spec.length)
            fail(view + ": " + cols.size() + " columns, expected " + spec.length);
        for (int i = 0; i < Math.min(cols.size(), spec.length); i++) {
            String[] s = spec[i].split(":");
            Column c = cols.get(i);
            if (!c.name().equals(s[0]) || !c.typeName().equals(s[1]) || c.sqlType() != Integer.parseInt(s[2]))
                fail(view + " column " + (i + 1) + ": " + c.name() + " " + c.typeName() + " " + c.sqlType()
                     + ", expected " + spec[i]);
        }
    }

    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        List<String> noHours = List.of(args).subList(1, args.length);
        try (Connection conn = DriverManager.getConnection(args[0], p)) {
            DatabaseMetaData md = conn.getMetaData();
            int views = 0;
            try (ResultSet rs = md.getTables(null, "backlog", "%", new String[] {"VIEW"})) {
                while (rs.next()) {
                    String view = rs.getString("TABLE_NAME");
                    String remarks = rs.getString("REMARKS");
                    views++;
                    if (remarks == null || remarks.isBlank())
                        fail(view + ": no REMARKS");
                    List<Column> cols = columns(md, view);
                    for (int i = 0; i < cols.size(); i++) {
                        Column c = cols.get(i);
                        if (c.remarks() == null || c.remarks().isBlank())
                            fail(view + "." + c.name() + ": no REMARKS");
                        if (c.typeName().equals("record") || c.sqlType() == Types.OTHER && !c.typeName().equals("interval")
                            && !c.typeName().equals("jsonb"))
                            fail(view + "." + c.name() + ": type " + c.typeName() + " (" + c.sqlType() + ") a BI tool cannot map");
                        if (c.typeName().equals("interval") && !noHours.contains(view)) {
                            Column n = i + 1 < cols.size() ? cols.get(i + 1) : null;
                            if (n == null || !n.name().equals(c.name() + "_hours") || n.sqlType() != Types.DOUBLE)
                                fail(view + "." + c.name() + ": interval without a double precision " + c.name() + "_hours after it");
                        }
                    }
                    System.out.println("view " + view + " " + cols.size() + " columns");
                }
            }
            System.out.println("views " + views);

            String ts = "timestamptz:" + Types.TIMESTAMP, i8 = "int8:" + Types.BIGINT, f8 = "float8:" + Types.DOUBLE,
                   iv = "interval:" + Types.OTHER, i4 = "int4:" + Types.INTEGER;
            expect(md, "health", new String[] {
                "as_of:" + ts, "open_tickets:" + i8, "older_than_48h:" + i8, "overdue:" + i8, "share_past_sla:" + f8,
                "avg_age:" + iv, "avg_age_hours:" + f8, "median_age:" + iv, "median_age_hours:" + f8,
                "p90_age:" + iv, "p90_age_hours:" + f8, "oldest_age:" + iv, "oldest_age_hours:" + f8,
                "created_today:" + i8, "solved_today:" + i8, "solved_per_created_7d:" + f8, "growth_wow:" + f8,
                "days_to_clear:" + f8});
            expect(md, "flow", new String[] {
                "window_days:" + i4, "created:" + i8, "solved:" + i8, "net:" + i8, "solved_per_created:" + f8,
                "open_at_start:" + i8, "open_at_end:" + i8, "growth:" + f8, "days_to_clear:" + f8});
            // the remark of one column, exactly as COMMENT ON wrote it
            try (ResultSet rs = md.getColumns(null, "backlog", "health", "open_tickets")) {
                rs.next();
                String r = rs.getString("REMARKS");
                if (!r.startsWith("Tickets in an open status"))
                    fail("health.open_tickets REMARKS: " + r);
            }
        }
        System.out.println(failures == 0 ? "jdbc metadata ok" : failures + " failures");
        System.exit(failures == 0 ? 0 : 1);
    }
}
