/// A command line that is not right: exit status 2.
struct UsageError: Error {
    var message: String
    var command: String?
}
