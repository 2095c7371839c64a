/// Output that could not be written: where, and why, in words.
public struct OutputError: Error, Equatable, CustomStringConvertible {
    /// What was being written: "standard output", a file's path.
    public let target: String
    /// Why, as the system says it ("No space left on device").
    public let reason: String
    /// The reader went away (a closed pipe, as under `| head`): nothing to report.
    public let isBrokenPipe: Bool

    public init(target: String, reason: String, isBrokenPipe: Bool = false) {
        self.target = target
        self.reason = reason
        self.isBrokenPipe = isBrokenPipe
    }

    public var description: String { "\(target) cannot be written: \(reason)" }
}
