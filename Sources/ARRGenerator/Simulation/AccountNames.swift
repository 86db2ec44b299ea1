import ARRCore

/// Made-up company names for generated accounts. A few contain a comma, so readers of the CSV
/// meet RFC 4180 quoting in every scenario.
enum AccountNames {
  static let first = [
    "Acme", "Blue", "Bright", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris",
    "Juniper", "Kestrel", "Lumen", "Maple", "Nova", "Orbit", "Pine", "Quartz", "River", "Summit",
    "Tidal", "Umber", "Vector", "Willow", "Xenon", "Yarrow", "Zephyr", "Atlas", "Beacon", "Cobalt",
  ]
  static let second = [
    "Labs", "Systems", "Analytics", "Health", "Logistics", "Robotics", "Foods", "Capital",
    "Studio", "Works", "Dynamics", "Networks", "Bio", "Retail", "Energy", "Media",
  ]
  static let legal = ["Inc.", "LLC", "Ltd.", "GmbH"]

  /// Appends a name field (quoted when it holds a comma) for account `index`.
  static func appendName(index: Int, rng: inout SeededGenerator, to sink: inout ByteSink) {
    let a = first[rng.int(0...(first.count - 1))]
    let b = second[rng.int(0...(second.count - 1))]
    if rng.chance(0.03) {
      sink.byte(UInt8(ascii: "\""))
      sink.text(a)
      sink.byte(UInt8(ascii: " "))
      sink.text(b)
      sink.text(", ")
      sink.text(legal[index % legal.count])
      sink.byte(UInt8(ascii: "\""))
    } else {
      sink.text(a)
      sink.byte(UInt8(ascii: " "))
      sink.text(b)
    }
  }
}
