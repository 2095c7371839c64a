/// A scenario file that could not be read or is not valid: exit status 1.
struct InputError: Error {
    var message: String
}
