import CloudCostModel
import CostsimCore
import CostsimReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading and writing file descriptors with the system calls themselves, so that every failure is
/// an error with the system's reason ("No space left on device"), never a trap.
enum SystemIO {
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
                throw OutputError(target: target, reason: SystemError(code: code).text(.en), code: code, isBrokenPipe: code == EPIPE)
            }
            offset += written
        }
    }

    /// Everything `descriptor` gives until its end, refusing more than `limit` bytes (a scenario is
    /// far smaller; `/dev/zero` never ends).
    static func readAll(_ descriptor: Int32, limit: Int, source: InputError.Source) throws(InputError) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in buffer.baseAddress.map { read(descriptor, $0, buffer.count) } ?? 0 }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EBADF { throw .closed(source) }
                if code == EISDIR { throw .isFolder(source) }
                throw .unreadable(source, SystemError(code: code))
            }
            if count == 0 { return result }
            if result.count + count > limit {
                throw .tooLarge(source, megabytes: limit >> 20)
            }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// The contents of the file at `path` (a regular file, a pipe such as `<(…)`, or a device), at most `limit` bytes.
    static func readFile(_ path: String, limit: Int) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT { throw .noSuchFile(Echo.plain(path)) }
            throw .unreadable(.file(Echo.plain(path)), SystemError(code: code))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            if kind == S_IFDIR { throw .isFolder(.file(Echo.plain(path))) }
            if kind == S_IFREG && Int(status.st_size) > limit {
                throw .tooLarge(.file(Echo.plain(path)), megabytes: limit >> 20)
            }
        }
        return try readAll(descriptor, limit: limit, source: .file(Echo.plain(path)))
    }
}
