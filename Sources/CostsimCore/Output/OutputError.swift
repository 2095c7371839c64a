/// Output that could not be written: where, and why, in words.
package struct OutputError: Error, Equatable, CustomStringConvertible {
    /// What was being written: "standard output", a file's path.
    package let target: String
    /// Why, as the system says it ("No space left on device").
    package let reason: String
    /// The system's error number, when the system gave one (so the reason can be said in Japanese).
    package let code: Int32?
    /// The reader went away (a closed pipe, as under `| head`): nothing to report.
    package let isBrokenPipe: Bool

    package init(target: String, reason: String, code: Int32? = nil, isBrokenPipe: Bool = false) {
        self.target = target
        self.reason = reason
        self.code = code
        self.isBrokenPipe = isBrokenPipe
    }

    package var description: String { "\(target) cannot be written: \(reason)" }
}
