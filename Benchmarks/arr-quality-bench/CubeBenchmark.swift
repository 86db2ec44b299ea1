import ARRQuality

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--cube`: importing a customer cube against analysing the equivalent folder (issue #12's
/// target: import ≤ 2 × analyze). Generates a company (default 100,000 accounts × 36 months),
/// writes it as a folder and as an MRR cube (with contract and billing columns), then times, best
/// of the runs: `analyze DIR` (load + analysis + JSON) and `analyze cube.csv` (import + analysis
/// + JSON), and the import alone (read, infer, convert, tie-out).
func runCubeBenchmark() {
  let accounts = Int(option("accounts", "100000")) ?? 100_000
  let months = Int(option("months", "36")) ?? 36
  let runs = max(1, Int(option("runs", "3")) ?? 3)
  let dir = option("dir", "/tmp/arr-quality-bench-cube-\(accounts)x\(months)")
  let clock = ContinuousClock()
  let cubePath = dir + "/cube.csv"
  if fileSize(dir + "/.complete") == 0 {
    print("generating \(accounts) accounts × \(months) months into \(dir) …")
    do {
      try CompanyGenerator.write(
        GeneratorOptions(profile: .enterpriseSaaS, accounts: accounts, months: months, seed: 1),
        to: dir)
      let company = try CompanyLoader.load(directory: dir)
      try OutputFile.write(cubeBytes(company), to: cubePath)
      try OutputFile.write(Array("ok\n".utf8), to: dir + "/.complete")
    } catch {
      print("generation failed: \(error)")
      exit(1)
    }
  }
  print("cube: \(fixed(Double(fileSize(cubePath)) / 1_000_000, 1)) MB")
  var best: [String: Double] = [:]
  func record(_ name: String, _ s: Double) { best[name] = min(best[name] ?? .infinity, s) }
  for run in 1...runs {
    do {
      let t0 = clock.now
      let native = try CompanyLoader.load(directory: dir)
      _ = JSONReport.document(Analysis.run(native))
      let t1 = clock.now
      let imported = try Importer.read(paths: [cubePath]).company().company
      let t2 = clock.now
      _ = JSONReport.document(Analysis.run(imported))
      let t3 = clock.now
      record("folder", seconds(t1 - t0))
      record("import", seconds(t2 - t1))
      record("cube", seconds(t3 - t1))
      print(
        "run \(run): analyze DIR \(fixed(seconds(t1 - t0), 3)) s, import \(fixed(seconds(t2 - t1), 3)) s, "
          + "analyze cube.csv \(fixed(seconds(t3 - t1), 3)) s")
    } catch {
      print("failed: \(error)")
      exit(1)
    }
  }
  print("")
  print("best of \(runs):")
  print("  analyze DIR            \(fixed(best["folder"]!, 3)) s")
  print(
    "  import cube.csv        \(fixed(best["import"]!, 3)) s  (\(fixed(best["import"]! / best["folder"]!, 2))× analyze DIR, target ≤ 2)"
  )
  print(
    "  analyze cube.csv       \(fixed(best["cube"]!, 3)) s  (\(fixed(best["cube"]! / best["folder"]!, 2))× analyze DIR)"
  )
}

/// The company as a plain MRR cube: id, contract, billing, start, then one column per month.
private func cubeBytes(_ c: Company) -> [UInt8] {
  var out = [UInt8]()
  out.append(contentsOf: "ID,Contract,Billing,Start".utf8)
  for m in 0..<c.monthCount { out.append(contentsOf: ",\(c.month(at: m))".utf8) }
  out.append(10)
  for (a, account) in c.accounts.enumerated() {
    out.append(
      contentsOf:
        "\(account.id),\(account.contractType.rawValue),\(account.billingCadence.rawValue),\(account.startDate)"
        .utf8)
    for m in 0..<c.monthCount {
      let v = c.revenue.mrr(account: a, month: m)
      out.append(44)
      if v != 0 { out.append(contentsOf: Money.decimalString(cents: v).utf8) }
    }
    out.append(10)
  }
  return out
}
