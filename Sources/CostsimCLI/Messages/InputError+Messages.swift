import CloudCostModel
import CostsimCore
import CostsimReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension InputError {
    func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .ja: return japanese
        }
    }

    var english: String {
        func name(_ source: Source) -> String {
            switch source {
            case .standardInput: return "standard input"
            case .file(let path): return path
            }
        }
        switch self {
        case .invalidScenario(let source, .invalid(let issues)): return "\(name(source)): " + ScenarioFile.problemList(issues, .en)
        case .invalidScenario(let source, let error): return "\(name(source)): \(error.text(.en))"
        case .closed(let source): return "\(name(source)) cannot be read: it is closed"
        case .isFolder(let source): return "\(name(source)): is a folder, not a scenario file"
        case .tooLarge(.standardInput, let megabytes):
            return "standard input: more than \(megabytes) MB; a scenario is far smaller (is this the right file?)"
        case .tooLarge(let source, let megabytes):
            return "\(name(source)): the file is larger than \(megabytes) MB; a scenario is far smaller"
        case .unreadable(let source, let error) where error.code == EACCES: return "\(name(source)): cannot be read: permission denied"
        case .unreadable(.standardInput, let error): return "standard input cannot be read: \(error.text(.en))"
        case .unreadable(let source, let error): return "\(name(source)): cannot be read: \(error.text(.en))"
        case .noSuchFile(let path): return "\(path): no such file"
        case .standardInputFailed(let reason): return "standard input cannot be read: \(reason)"
        case .alreadyExist(let paths):
            return "\(paths.joined(separator: ", ")) already exist\(paths.count == 1 ? "s" : ""); "
                + "nothing was written. Add --force to replace \(paths.count == 1 ? "it" : "them")."
        case .unwritable(let path, let error): return "\(path) cannot be written: \(error.text(.en))"
        case .notAFolder(let path): return "\(path): exists and is not a folder"
        case .folderNotMade(let path, let parent, let error):
            let reason = parent.map { "\($0) is not a folder" } ?? error?.text(.en) ?? "it cannot be made"
            return "\(path): the folder cannot be made: \(reason)"
        case .emptyFolderName: return "--out: the folder's name is empty"
        case .danglingLink(let path): return "\(path): is a symbolic link to something that does not exist; the folder cannot be made there"
        }
    }

    var japanese: String {
        func name(_ source: Source) -> String {
            switch source {
            case .standardInput: return "標準入力"
            case .file(let path): return path
            }
        }
        /// The source before a particle: a path is set apart by a space, 標準入力 is not.
        func spaced(_ source: Source) -> String {
            switch source {
            case .standardInput: return "標準入力"
            case .file(let path): return path + " "
            }
        }
        switch self {
        case .invalidScenario(let source, .invalid(let issues)): return "\(name(source)): " + ScenarioFile.problemList(issues, .ja)
        case .invalidScenario(let source, let error): return "\(name(source)): \(error.text(.ja))"
        case .closed(let source): return "\(spaced(source))を読めません: 閉じられています"
        case .isFolder(let source): return "\(name(source)): フォルダです。シナリオファイルを指定してください"
        case .tooLarge(let source, let megabytes):
            return "\(name(source)): \(megabytes) MB を超えています。シナリオはもっと小さいはずです（ファイルは正しいですか？）"
        case .unreadable(let source, let error): return "\(spaced(source))を読めません: \(error.text(.ja))"
        case .noSuchFile(let path): return "\(path): ファイルがありません"
        case .standardInputFailed(let reason): return "標準入力を読めません: \(reason)"
        case .alreadyExist(let paths):
            return "\(paths.joined(separator: "、")) が既にあります。何も書き込んでいません。置き換えるには --force を付けてください。"
        case .unwritable(let path, let error): return "\(path) に書き込めません: \(error.text(.ja))"
        case .notAFolder(let path): return "\(path): フォルダではないものが既にあります"
        case .folderNotMade(let path, let parent, let error):
            let reason = parent.map { "\($0) がフォルダではありません" } ?? error?.text(.ja) ?? "作成できません"
            return "\(path): フォルダを作成できません: \(reason)"
        case .emptyFolderName: return "--out: フォルダ名が空です"
        case .danglingLink(let path): return "\(path): 存在しないものを指すシンボリックリンクです。そこにフォルダを作成できません"
        }
    }
}
