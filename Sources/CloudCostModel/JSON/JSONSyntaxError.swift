/// Where and why a file is not valid JSON.
public struct JSONSyntaxError: Error, Equatable, CustomStringConvertible {
    public struct Location: Equatable, Sendable {
        public var line: Int
        public var column: Int
    }

    public var message: String
    public var location: Location

    public var description: String { "line \(location.line), column \(location.column): \(message)" }
}
