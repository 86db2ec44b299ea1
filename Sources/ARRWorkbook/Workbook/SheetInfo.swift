/// A sheet as the workbook lists it, before its cells are read.
public struct SheetInfo: Sendable, Equatable {
  /// The tab's name.
  public var name: String
  /// 1-based position among the workbook's sheets (tabs), hidden ones included.
  public var index: Int
  /// Hidden or very hidden tabs: listed, readable, never picked by default.
  public var isHidden: Bool
  /// `false` for chart sheets and other tabs that hold no cell grid.
  public var isWorksheet: Bool
  /// The part (zip entry) that holds its cells.
  var partName: String

  public init(name: String, index: Int, isHidden: Bool, isWorksheet: Bool, partName: String) {
    self.name = name
    self.index = index
    self.isHidden = isHidden
    self.isWorksheet = isWorksheet
    self.partName = partName
  }
}
