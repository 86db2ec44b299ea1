/// A value as a message shows it: whole up to ``limit`` characters, else its head, `…` and its
/// tail, so the message stays bounded and two long values that differ stay apart.
///
/// Ids of data rooms are long and share their start (`acct-000020-<uuid>`): cut after 60
/// characters, two ids that differ only further on printed the same, and the message could not
/// say which was meant (session 20, wording lane; trial 18b, G18). The one cut of values in
/// messages: the field parsers' (`FieldText.display`) and the JSON reader's "found …".
public enum ShownText {
  /// The longest value shown whole.
  public static let limit = 60
  /// Characters kept from the start of a longer value.
  public static let head = 40
  /// Characters kept from its end: enough for a UUID's last group (12) with room to spare.
  public static let tail = 16

  /// `text` whole when it has at most ``limit`` characters; otherwise its first ``head``
  /// characters, `…` and its last ``tail`` (57 characters in all).
  /// - Complexity: O(characters).
  public static func bounded(_ text: String) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(head)) + "…" + String(text.suffix(tail))
  }
}
