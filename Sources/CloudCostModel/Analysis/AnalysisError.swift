/// A what-if analysis that cannot be made as asked: the message says why and what to do instead.
public struct AnalysisError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
