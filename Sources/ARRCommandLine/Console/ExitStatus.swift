import ARRQuality

/// Exit statuses from sysexits(3), which the command line uses for every failure. Only the
/// command line knows them: the library throws `ARRQualityError` with a kind.
public enum ExitStatus: Int32, Sendable {
  case success = 0
  case usage = 64
  case dataError = 65
  case noInput = 66
  case software = 70
  case cantCreate = 73
  case ioError = 74

  /// The status for a library error of `kind`.
  public init(_ kind: ARRQualityError.Kind) {
    switch kind {
    case .invalidArgument: self = .usage
    case .invalidData: self = .dataError
    case .missingInput: self = .noInput
    case .cannotCreateOutput: self = .cantCreate
    case .outputFailed: self = .ioError
    case .internalFailure: self = .software
    }
  }
}
