/// The colours every chart uses.
///
/// Charts are drawn on their own near-white card with rounded corners (``card``), so they read
/// the same on a white page, a dark-mode page (GitHub, VS Code) or a slide: text and colours never
/// depend on the page behind them. Data colours come from the Okabe–Ito palette, which stays
/// distinguishable with the common forms of colour blindness; its yellow (`#F0E442`) is left out
/// because it vanishes on white.
public enum ChartPalette {
  /// Card background (near-white) and its border.
  public static let card = "#FFFFFF"
  public static let cardBorder = "#D0D7DE"
  /// Main text, secondary text (axis labels), gridlines and the zero line.
  public static let text = "#1F2328"
  public static let mutedText = "#57606A"
  public static let grid = "#E6E9ED"
  public static let axis = "#8C959F"

  /// Okabe–Ito colours by name.
  public static let black = "#000000"
  public static let orange = "#E69F00"
  public static let skyBlue = "#56B4E9"
  public static let bluishGreen = "#009E73"
  public static let blue = "#0072B2"
  public static let vermillion = "#D55E00"
  public static let reddishPurple = "#CC79A7"

  /// Series colours in the order charts assign them.
  public static let series = [blue, vermillion, bluishGreen, reddishPurple, orange, skyBlue, black]

  /// Totals, increases and decreases (waterfall, signed bars).
  public static let total = blue
  public static let increase = bluishGreen
  public static let decrease = vermillion

  /// Revenue classes: green, orange and a dark wine. Orange and vermillion, both Okabe–Ito,
  /// read as two similar oranges side by side, so the at-risk class takes Paul Tol's wine
  /// (`#882255`, from his colour-blind-safe "muted" scheme): it differs from orange in
  /// lightness as well as hue, so the classes stay apart in greyscale and with any common
  /// colour blindness. Labels on it are white (``label(on:)``).
  public static let retained = bluishGreen
  public static let wavering = orange
  public static let atRisk = "#882255"

  /// The text colour that reads on a filled `color`: white on the dark wine, blue and
  /// vermillion, the main text colour elsewhere.
  public static func label(on color: String) -> String {
    [atRisk, blue, vermillion, black].contains(color) ? card : text
  }

  /// Bridge components: inflows in blues and green, outflows in orange and vermillion.
  public static let newBusiness = blue
  public static let expansion = skyBlue
  public static let reactivation = bluishGreen
  public static let contraction = orange
  public static let churn = vermillion

  /// The colour of series `index`, cycling through ``series``.
  public static func seriesColor(_ index: Int) -> String {
    series[((index % series.count) + series.count) % series.count]
  }
}
