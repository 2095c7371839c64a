/// Where a command's output goes: bytes, handed on in chunks as they are made, so that no output is
/// ever built whole in memory (a national CSV is hundreds of megabytes).
///
/// Writing never throws: the first failure of the destination (a full disk, a closed standard
/// output) is kept, later writes are dropped, and `finish()` reports it. Renderers can look at
/// `failed` to stop early; a caller must call `finish()` to learn whether everything was written.
package final class OutputSink {
    /// Receives each chunk; throws when it cannot be written.
    package typealias Destination = ([UInt8]) throws(OutputError) -> Void

    private var buffer: [UInt8] = []
    private let chunkSize: Int
    private let destination: Destination
    package private(set) var failure: OutputError?

    package init(chunkSize: Int = 1 << 16, destination: @escaping Destination) {
        self.chunkSize = chunkSize
        self.destination = destination
        buffer.reserveCapacity(chunkSize)
    }

    package var failed: Bool { failure != nil }

    package func write(_ text: String) {
        guard failure == nil else { return }
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    package func write(bytes: some Collection<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= chunkSize { flush() }
    }

    /// Hands what is buffered to the destination.
    package func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try destination(buffer)
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, then throws the first failure, if any.
    package func finish() throws(OutputError) {
        flush()
        if let failure { throw failure }
    }
}

extension OutputSink {
    /// A sink that keeps everything in memory (for tests, and for the report's golden files).
    package static func collecting() -> (sink: OutputSink, bytes: () -> [UInt8]) {
        let store = ByteStore()
        let sink = OutputSink { chunk in store.bytes.append(contentsOf: chunk) }
        return (
            sink,
            {
                sink.flush()
                return store.bytes
            }
        )
    }

    /// What `body` writes, as text (for tests and small outputs).
    package static func text(_ body: (OutputSink) throws -> Void) rethrows -> String {
        let (sink, bytes) = collecting()
        try body(sink)
        return String(decoding: bytes(), as: UTF8.self)
    }
}

/// The bytes a collecting sink has received.
private final class ByteStore {
    package var bytes: [UInt8] = []
}
