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

    /// The workbook `report` writes beside the pages: `NAME.xlsx` and its bytes.
    package static func makeWorkbook(
        _ results: ScenarioResults, name: String, language: Language = .ja, unit: DisplayUnit = .thousand,
        apportionmentYear: Int? = nil, years: YearStyle = .western, member: String? = nil, provenance: Provenance? = nil
    ) throws -> (name: String, contents: [UInt8]) {
        let document = ReportDocument(
            results: results, language: language, unit: unit, apportionmentYear: apportionmentYear, years: years, member: member,
            provenance: provenance)
        return ("\(name).xlsx", try document.workbook())
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
    /// temporary file beside it, then, once every file is complete, put into place — renamed over
    /// what is there with `force`, otherwise linked where nothing is (never replacing a file another
    /// run made meanwhile). A failure leaves none of them. Existing files (a symbolic link too, even
    /// one pointing nowhere) are replaced only with `force`. Returns the paths written.
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
            // A name of this process's own: runs at once never share one.
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
        if force {
            var renamed: [String] = []
            for (temporary, path) in zip(temporaries, paths) {
                if rename(temporary, path) != 0 {
                    let reason = SystemError(code: errno)
                    for done in renamed where !existing.contains(done) { unlink(done) }
                    throw InputError.unwritable(Echo.plain(path), reason)
                }
                renamed.append(path)
            }
        } else {
            // Without --force a file is created only where nothing is: `link` fails if the name exists,
            // atomically, so of several runs at once exactly one makes the files (every run links them
            // in the same order, so the first to take the first file is the one that takes them all);
            // the others take back what they linked and say the files exist.
            var linked: [String] = []
            for (temporary, path) in zip(temporaries, paths) {
                if link(temporary, path) != 0 {
                    let code = errno
                    for done in linked { unlink(done) }
                    if code == EEXIST { throw InputError.alreadyExist([Echo.plain(path)]) }
                    throw InputError.unwritable(Echo.plain(path), SystemError(code: code))
                }
                linked.append(path)
            }
            for temporary in temporaries { unlink(temporary) }
        }
        temporaries = []
        return paths
    }

    /// Whether anything (a file, a folder, a symbolic link even if dangling) is at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Makes the folder and its parents if missing, one `mkdir` at a time so that a failure says
    /// the system's reason; an existing non-folder, a symbolic link to nowhere and an empty name are
    /// errors saying so.
    static func makeFolder(_ directory: String) throws(InputError) {
        guard !directory.isEmpty else { throw .emptyFolderName }
        var status = stat()
        if stat(directory, &status) == 0 {
            if status.st_mode & S_IFMT != S_IFDIR { throw .notAFolder(Echo.plain(directory)) }
            return
        }
        // Each prefix ending before a slash, then the whole path: `a`, `a/b`, `a/b/c`.
        var prefixes: [String] = []
        for (offset, character) in directory.enumerated() where character == "/" && offset > 0 {
            prefixes.append(String(directory.prefix(offset)))
        }
        prefixes.append(directory)
        for prefix in prefixes {
            var found = stat()
            if stat(prefix, &found) == 0 {
                if found.st_mode & S_IFMT != S_IFDIR {
                    throw .folderNotMade(Echo.plain(directory), parentNotFolder: Echo.plain(prefix), nil)
                }
                continue
            }
            var link = stat()
            if lstat(prefix, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK { throw .danglingLink(Echo.plain(prefix)) }
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw .folderNotMade(Echo.plain(directory), parentNotFolder: nil, SystemError(code: errno))
            }
        }
    }
}
