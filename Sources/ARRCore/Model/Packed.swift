/// A value whose optional can be stored in the value's own bits, one bit pattern standing for
/// `nil` (``packedNone``), which no valid value of the type holds.
///
/// `Int?` takes 16 bytes in a struct and `CivilDate?` 8; packed they take 8 and 4. A company
/// keeps the terms of every account (``Account/Terms``), a million of them at once, and copies
/// them in every pass, so their size is memory and time.
public protocol PackableOptional: Equatable, Sendable {
  /// How the value is stored.
  associatedtype PackedBits: Equatable, Sendable
  /// The stored bits that mean `nil`; no value of the type packs to them.
  static var packedNone: PackedBits { get }
  /// The value's bits.
  var packedBits: PackedBits { get }
  /// The value whose bits are `bits` (never ``packedNone``).
  init(packedBits bits: PackedBits)
}

/// An optional stored as one value of ``PackableOptional/PackedBits``: `nil` is
/// ``PackableOptional/packedNone``.
///
/// Reads and writes as the optional it declares (`@Packed var cancelDate: CivilDate?`); storing
/// the one value reserved for `nil` is a programming error (it cannot come from a file: the
/// readers accept no negative count or amount, and no date outside years 0000–9999).
@propertyWrapper
public struct Packed<Value: PackableOptional>: Sendable, Equatable {
  @usableFromInline internal var bits: Value.PackedBits

  /// Stores `wrappedValue`.
  @inlinable
  public init(wrappedValue: Value?) {
    bits = Self.pack(wrappedValue)
  }

  /// The optional value.
  @inlinable
  public var wrappedValue: Value? {
    get { bits == Value.packedNone ? nil : Value(packedBits: bits) }
    set { bits = Self.pack(newValue) }
  }

  @inlinable
  static func pack(_ value: Value?) -> Value.PackedBits {
    guard let value else { return Value.packedNone }
    let bits = value.packedBits
    precondition(bits != Value.packedNone, "\(value) is the value reserved for nil")
    return bits
  }
}

extension Int: PackableOptional {
  /// `Int.min`: no count is negative.
  @inlinable public static var packedNone: Int { .min }
  @inlinable public var packedBits: Int { self }
  @inlinable public init(packedBits bits: Int) { self = bits }
}

extension Int64: PackableOptional {
  /// `Int64.min`: no amount of money a company holds is negative.
  @inlinable public static var packedNone: Int64 { .min }
  @inlinable public var packedBits: Int64 { self }
  @inlinable public init(packedBits bits: Int64) { self = bits }
}

extension CivilDate: PackableOptional {
  /// `Int32.min` days: about 5.9 million years before 1970, far outside years 0000–9999.
  @inlinable public static var packedNone: Int32 { .min }
  @inlinable public var packedBits: Int32 { daysSinceEpoch }
  @inlinable public init(packedBits bits: Int32) { self.init(daysSinceEpoch: bits) }
}

extension Month: PackableOptional {
  /// `Int32.min` months: far outside years 0000–9999.
  @inlinable public static var packedNone: Int32 { .min }
  @inlinable public var packedBits: Int32 { ordinal }
  @inlinable public init(packedBits bits: Int32) { self.init(ordinal: bits) }
}
