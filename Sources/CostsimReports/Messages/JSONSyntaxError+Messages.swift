import CloudCostModel
import CostsimCore

extension JSONSyntaxError {
    /// `line 3, column 5: message (hint)` in `language`.
    package func text(_ language: Language) -> String {
        switch language {
        case .en:
            return "line \(location.line), column \(location.column): \(english)" + (hint.map { " (\($0.english))" } ?? "")
        case .ja:
            return "\(location.line)行\(location.column)列目: \(japanese)" + (hint.map { "（\($0.japanese)）" } ?? "")
        }
    }

    var english: String {
        func found(_ text: String?) -> String { text ?? "the end of the file" }
        switch reason {
        case .emptyFile: return "the file is empty"
        case .noValue: return "the file holds no JSON value"
        case .textAfterValue: return "unexpected text after the end of the JSON value"
        case .endExpectingValue: return "unexpected end of file, expected a value"
        case .unexpectedCharacter(let character): return "unexpected character \(found(character)), expected a value"
        case .tooDeep(let limit): return "the JSON nests more than \(limit) levels deep"
        case .keyNotQuoted(let character): return "expected a key in double quotes, found \(found(character))"
        case .duplicateKey(let key): return "the key \"\(key)\" appears twice in the same object"
        case .colonMissing(let key): return "expected ':' after the key \"\(key)\""
        case .objectSeparator(let character): return "expected ',' or '}' in an object, found \(found(character))"
        case .listSeparator(let character): return "expected ',' or ']' in a list, found \(found(character))"
        case .stringNotUTF8: return "a string is not valid UTF-8"
        case .stringNotClosed: return "a string is not closed"
        case .endInString: return "unexpected end of file in a string"
        case .surrogateIncomplete: return "a \\u escape starts a surrogate pair that is not completed"
        case .invalidLowSurrogate: return "invalid low surrogate in a \\u escape"
        case .loneLowSurrogate: return "a lone low surrogate in a \\u escape"
        case .invalidEscape(let character): return "invalid escape \\\(found(character)) in a string"
        case .controlCharacter(let codePoint): return "a control character (\(codePoint)) inside a string must be escaped"
        case .escapeNeedsHexDigits: return "a \\u escape needs four hexadecimal digits"
        case .minusWithoutDigits: return "a number needs digits after '-'"
        case .leadingZero: return "a number must not have leading zeros"
        case .fractionWithoutDigits: return "a number needs digits after the decimal point"
        case .exponentWithoutDigits: return "a number needs digits in its exponent"
        case .unexpectedLiteral(let literal): return "unexpected text, expected a value such as \(literal)"
        }
    }

    var japanese: String {
        func found(_ text: String?) -> String { text ?? "ファイルの終わり" }
        switch reason {
        case .emptyFile: return "ファイルが空です"
        case .noValue: return "ファイルに JSON の値がありません"
        case .textAfterValue: return "JSON の値の後に余分な文字があります"
        case .endExpectingValue: return "値の途中でファイルが終わっています"
        case .unexpectedCharacter(let character): return "\(found(character)) は値として読めません"
        case .tooDeep(let limit): return "JSON の入れ子が \(limit) 階層を超えています"
        case .keyNotQuoted(let character): return "項目名はダブルクォート \"…\" で囲んでください（\(found(character)) があります）"
        case .duplicateKey(let key): return "項目 \"\(key)\" が同じオブジェクトに2回あります"
        case .colonMissing(let key): return "項目名 \"\(key)\" の後に ':' が必要です"
        case .objectSeparator(let character): return "オブジェクトの中では ',' か '}' が必要です（\(found(character)) があります）"
        case .listSeparator(let character): return "リストの中では ',' か ']' が必要です（\(found(character)) があります）"
        case .stringNotUTF8: return "文字列が UTF-8 として正しくありません"
        case .stringNotClosed: return "文字列が閉じられていません（ダブルクォートが足りません）"
        case .endInString: return "文字列の途中でファイルが終わっています"
        case .surrogateIncomplete: return "\\u エスケープのサロゲートペアが完結していません"
        case .invalidLowSurrogate: return "\\u エスケープの下位サロゲートが正しくありません"
        case .loneLowSurrogate: return "\\u エスケープに対になる上位サロゲートがありません"
        case .invalidEscape(let character): return "文字列の中のエスケープ \\\(found(character)) は使えません"
        case .controlCharacter(let codePoint): return "文字列の中の制御文字（\(codePoint)）はエスケープしてください"
        case .escapeNeedsHexDigits: return "\\u エスケープには16進数4桁が必要です"
        case .minusWithoutDigits: return "'-' の後に数字が必要です"
        case .leadingZero: return "数値の先頭に 0 を付けられません"
        case .fractionWithoutDigits: return "小数点の後に数字が必要です"
        case .exponentWithoutDigits: return "指数部に数字が必要です"
        case .unexpectedLiteral(let literal): return "読めない文字があります（\(literal) のような値が必要です）"
        }
    }
}

extension JSONSyntaxError.Hint {
    var english: String {
        switch self {
        case .trailingComma: return "JSON allows no comma before a closing '}' or ']': remove the last comma"
        case .singleQuotes: return "JSON writes text and keys in double quotes \"…\", not single quotes"
        case .comment: return "JSON has no comments: remove // … , /* … */ and # … lines"
        case .fullWidthDigit: return "this is a full-width character, 全角: write numbers with half-width digits, e.g. 7000, not ７０００"
        case .fullWidthSpace: return "this is a full-width space, 全角スペース: use an ordinary space"
        case .thousandsSeparator(let written, let digits):
            return "a number is written with a thousands separator: JSON writes numbers without commas, \(digits), not \(written)"
        }
    }

    var japanese: String {
        switch self {
        case .trailingComma: return "JSON では閉じ括弧 '}' や ']' の直前にカンマを置けません。最後のカンマを削除してください"
        case .singleQuotes: return "JSON では文字列と項目名をシングルクォートではなくダブルクォート \"…\" で囲みます"
        case .comment: return "JSON にはコメントを書けません。// …、/* … */、# … の行を削除してください"
        case .fullWidthDigit: return "全角数字です。数値は ７０００ ではなく 7000 のように半角数字で書いてください"
        case .fullWidthSpace: return "全角スペースです。半角スペースにしてください"
        case .thousandsSeparator(let written, let digits):
            return "数値に桁区切りのカンマがあります。JSON では \(written) ではなく \(digits) のようにカンマなしで書いてください"
        }
    }
}
