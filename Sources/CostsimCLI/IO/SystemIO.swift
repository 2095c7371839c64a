import CloudCostModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading and writing file descriptors with the system calls themselves, so that every failure is
/// an error with the system's reason ("No space left on device"), never a trap.
enum SystemIO {
    /// The system's words for an error number.
    static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and interruptions.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, target: String) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { write(descriptor, $0 + offset, buffer.count - offset) } ?? 0
            }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                throw OutputError(target: target, reason: reason(code), isBrokenPipe: code == EPIPE)
            }
            offset += written
        }
    }

    /// Everything `descriptor` gives until its end, refusing more than `limit` bytes (a scenario is
    /// far smaller; `/dev/zero` never ends).
    static func readAll(_ descriptor: Int32, limit: Int, source: String) throws(InputError) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in buffer.baseAddress.map { read(descriptor, $0, buffer.count) } ?? 0 }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EBADF { throw InputError(message: "\(source) cannot be read: it is closed") }
                if code == EISDIR { throw InputError(message: "\(source): is a folder, not a scenario file") }
                throw InputError(message: "\(source) cannot be read: \(reason(code))")
            }
            if count == 0 { return result }
            if result.count + count > limit {
                throw InputError(message: "\(source): more than \(limit >> 20) MB; a scenario is far smaller (is this the right file?)")
            }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// The contents of the file at `path` (a regular file, a pipe such as `<(…)`, or a device), at most `limit` bytes.
    static func readFile(_ path: String, limit: Int) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            switch code {
            case ENOENT: throw InputError(message: "\(Echo.plain(path)): no such file")
            case EACCES: throw InputError(message: "\(Echo.plain(path)): cannot be read: permission denied")
            default: throw InputError(message: "\(Echo.plain(path)): cannot be read: \(reason(code))")
            }
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            if kind == S_IFDIR { throw InputError(message: "\(Echo.plain(path)): is a folder, not a scenario file") }
            if kind == S_IFREG && Int(status.st_size) > limit {
                throw InputError(message: "\(Echo.plain(path)): the file is larger than \(limit >> 20) MB; a scenario is far smaller")
            }
        }
        return try readAll(descriptor, limit: limit, source: path)
    }
}
