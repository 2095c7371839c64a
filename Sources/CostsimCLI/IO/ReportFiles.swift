import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files of a report: made in memory for tests (to compare with `Reports/`), or written to a
/// folder all together or not at all.
package enum ReportFiles {
    package static func make(
        _ results: ScenarioResults, name: String, language: Language = .ja, unit: DisplayUnit = .thousand,
        apportionmentYear: Int? = nil, years: YearStyle = .western, member: String? = nil, provenance: Provenance? = nil
    ) throws -> [(name: String, contents: String)] {
        let document = ReportDocument(
            results: results, language: language, unit: unit, apportionmentYear: apportionmentYear, years: years, member: member,
            provenance: provenance)
        return [("\(name).md", try document.markdown()), ("\(name).html", try document.html())]
    }

    /// `Scenarios/omi-cloud.json` → `omi-cloud`. A name that would make a hidden file (`.json`,
    /// `.x.json`) loses its leading dots; an empty one becomes `report`.
    package static func baseName(of path: String) -> String {
        var name = URL(fileURLWithPath: path).lastPathComponent
        if name.hasSuffix(".json") { name = String(name.dropLast(5)) }
        while name.hasPrefix(".") { name.removeFirst() }
        return name.isEmpty ? "report" : name
    }

    /// Writes each file (its name, and what writes its contents) into `directory`: first to a hidden
    /// temporary file beside it, then, once every file is complete, renamed into place. A failure
    /// leaves none of them. Existing files (a symbolic link too, even one pointing nowhere) are
    /// replaced only with `force`. Returns the paths written.
    static func write(_ files: [(name: String, contents: (OutputSink) throws -> Void)], to directory: String, force: Bool) throws
        -> [String]
    {
        try makeFolder(directory)
        let paths = files.map { directory == "." ? $0.name : directory.hasSuffix("/") ? directory + $0.name : directory + "/" + $0.name }
        let existing = paths.filter(exists)
        if !force && !existing.isEmpty {
            throw InputError.alreadyExist(existing.map { Echo.plain($0) })
        }
        var temporaries: [String] = []
        defer { for path in temporaries { unlink(path) } }
        for (path, file) in zip(paths, files) {
            let temporary = (directory.hasSuffix("/") ? directory : directory + "/") + ".\(file.name).\(getpid()).partial"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw InputError.unwritable(Echo.plain(path), SystemError(code: errno)) }
            temporaries.append(temporary)
            let sink = OutputSink { chunk throws(OutputError) in try SystemIO.writeAll(chunk, to: descriptor, target: path) }
            do {
                try file.contents(sink)
                try sink.finish()
            } catch {
                close(descriptor)
                throw error
            }
            if fsync(descriptor) != 0 || close(descriptor) != 0 {
                throw InputError.unwritable(Echo.plain(path), SystemError(code: errno))
            }
        }
        var renamed: [String] = []
        for (temporary, path) in zip(temporaries, paths) {
            if rename(temporary, path) != 0 {
                let reason = SystemError(code: errno)
                for done in renamed where !existing.contains(done) { unlink(done) }
                throw InputError.unwritable(Echo.plain(path), reason)
            }
            renamed.append(path)
        }
        temporaries = []
        return paths
    }

    /// Whether anything (a file, a folder, a symbolic link even if dangling) is at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Makes the folder and its parents if missing; an existing non-folder is an error.
    static func makeFolder(_ directory: String) throws(InputError) {
        var status = stat()
        if stat(directory, &status) == 0 {
            if status.st_mode & S_IFMT != S_IFDIR { throw .notAFolder(Echo.plain(directory)) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            // Say why in the system's words, not Foundation's error domain and number.
            var parent = directory
            var parentNotFolder: String?
            var reason: SystemError?
            while let slash = parent.lastIndex(of: "/"), slash != parent.startIndex {
                parent = String(parent[..<slash])
                var parentStatus = stat()
                if stat(parent, &parentStatus) == 0 {
                    if parentStatus.st_mode & S_IFMT != S_IFDIR {
                        parentNotFolder = Echo.plain(parent)
                    } else if access(parent, W_OK) != 0 {
                        reason = SystemError(code: errno)
                    }
                    break
                }
            }
            throw .folderNotMade(Echo.plain(directory), parentNotFolder: parentNotFolder, reason)
        }
    }
}
