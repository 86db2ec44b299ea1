#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// DuckDB's side of the comparison: the MRR bridge query of `../shared/bench/duckdb-bridge.sql`
/// (opening, new, expansion, contraction, churn, reactivation and closing MRR in cents per month,
/// plus a usage-decline count), with the column list of the benchmark company's `monthly.csv`
/// (its extra activity column declared, so DuckDB parses the same bytes we do).
///
/// DuckDB is the command-line build from PyPI, pinned (``version``) so ratios compare across
/// days, installed into a virtual environment under `/tmp` on first use. It is a measuring
/// stick only: the product never runs it.
enum DuckDBBridge {
  /// The pinned `duckdb-cli` release.
  static let version = "1.5.6"
  /// The virtual environment the CLI is installed into (shared with
  /// `../shared/bench/compare-duckdb.py`).
  static let environment = "/tmp/arr-quality-bench-venv"
  /// The `duckdb` executable.
  static var executable: String { environment + "/bin/duckdb" }

  /// Installs `duckdb-cli==version` when the executable is missing, and returns its version line.
  /// - Throws: ``ChildRun/Failure`` when python, pip or the registry fail.
  static func install() throws -> String {
    if access(executable, X_OK) != 0 {
      print("installing duckdb-cli==\(version) into \(environment) …")
      _ = try ChildRun.run(["/usr/bin/env", "python3", "-m", "venv", environment])
      _ = try ChildRun.run([
        environment + "/bin/python", "-m", "pip", "install", "-q", "duckdb-cli==\(version)",
      ])
    }
    return try ChildRun.output(of: [executable, "--version"])
      .split(separator: "\n").first.map(String.init) ?? "?"
  }

  /// The bridge query for a `monthly.csv` whose sixth column is `activityColumn`; input and
  /// output paths come from the environment (`CSV`, `OUT`), as in the shared script.
  static func query(activityColumn: String) -> String {
    """
    CREATE TEMP TABLE raw AS
    SELECT account_id,
           CAST(left(month, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - 1 AS mi,
           CAST(mrr * 100 AS BIGINT) AS c,
           usage
    FROM read_csv(getenv('CSV'), header = true, auto_detect = false,
                  columns = {'account_id': 'VARCHAR', 'month': 'VARCHAR', 'mrr': 'DECIMAL(18,2)',
                             'one_time': 'DECIMAL(18,2)', 'usage': 'BIGINT',
                             '\(activityColumn)': 'DOUBLE'});

    CREATE TEMP TABLE bridge AS
    WITH bounds AS (SELECT min(mi) AS lo, max(mi) AS hi FROM raw),
    w AS (
      SELECT account_id, mi, c,
             lag(mi)  OVER (PARTITION BY account_id ORDER BY mi) AS pmi,
             lag(c)   OVER (PARTITION BY account_id ORDER BY mi) AS pc,
             lead(mi) OVER (PARTITION BY account_id ORDER BY mi) AS nmi,
             min(mi) FILTER (WHERE c > 0) OVER (PARTITION BY account_id) AS first_pos
      FROM raw
    ),
    ev AS (
      SELECT mi AS m, CASE WHEN pmi = mi - 1 THEN pc ELSE 0 END AS prev, c AS cur, first_pos
      FROM w, bounds WHERE mi > lo
      UNION ALL
      SELECT mi + 1 AS m, c AS prev, 0 AS cur, first_pos
      FROM w, bounds WHERE c > 0 AND (nmi IS NULL OR nmi > mi + 1) AND mi < hi
    )
    SELECT CAST(m // 12 AS VARCHAR) || '-' || lpad(CAST(m % 12 + 1 AS VARCHAR), 2, '0') AS month,
      sum(prev) AS opening,
      sum(CASE WHEN prev = 0 AND cur > 0 AND m = first_pos THEN cur ELSE 0 END) AS new,
      sum(CASE WHEN prev > 0 AND cur > prev THEN cur - prev ELSE 0 END) AS expansion,
      sum(CASE WHEN prev > 0 AND cur > 0 AND cur < prev THEN prev - cur ELSE 0 END) AS contraction,
      sum(CASE WHEN prev > 0 AND cur = 0 THEN prev ELSE 0 END) AS churn,
      sum(CASE WHEN prev = 0 AND cur > 0 AND m > first_pos THEN cur ELSE 0 END) AS reactivation,
      sum(cur) AS closing
    FROM ev GROUP BY m;

    CREATE TEMP TABLE decline AS
    WITH bounds AS (SELECT max(mi) AS hi FROM raw)
    SELECT 'usage_decline' AS month, count(*) AS opening,
           NULL::BIGINT AS new, NULL::BIGINT AS expansion, NULL::BIGINT AS contraction,
           NULL::BIGINT AS churn, NULL::BIGINT AS reactivation, NULL::BIGINT AS closing
    FROM (SELECT account_id,
                 coalesce(sum(usage) FILTER (WHERE mi > hi - 3), 0) AS l3,
                 coalesce(sum(usage) FILTER (WHERE mi <= hi - 3 AND mi > hi - 6), 0) AS p3
          FROM raw, bounds WHERE mi > hi - 6 GROUP BY account_id)
    WHERE 5 * l3 < 4 * p3;

    COPY (SELECT * FROM (SELECT * FROM bridge ORDER BY month) UNION ALL SELECT * FROM decline)
      TO (getenv('OUT')) (HEADER, DELIMITER ',');

    """
  }
}
