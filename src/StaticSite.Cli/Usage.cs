using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace StaticSite.Cli;

/// <summary>
/// Usage errors (a mistyped option, a missing argument, a value that is not a number): printed in Vietnamese as
/// <c>staticsite: lỗi: ...</c> with a pointer to <c>--help</c>, exit code 2 (could not run) — never 1, which for
/// <c>validate</c> means "the documents have errors". A token that looks like an option is never taken for a path.
/// </summary>
internal static class Usage
{
    /// <summary>Parses <paramref name="args"/> against <paramref name="root"/> and runs the command, or reports the usage error.</summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var result = root.Parse(args);
        var errors = Errors(result);
        if (errors.Count == 0) return await result.InvokeAsync();
        Cli.Utf8Console();
        foreach (var error in errors) Console.Error.WriteLine($"staticsite: lỗi: {error}");
        var command = string.Join(' ', result.CommandResult.Command.Name == root.Name ? ["staticsite"] : ["staticsite", .. Path(result.CommandResult)]);
        Console.Error.WriteLine($"Xem cách dùng: {command} --help");
        return 2;
    }

    /// <summary>The usage errors of <paramref name="result"/>, Vietnamese; empty when the command can run (or help, or the version, was asked for).</summary>
    public static List<string> Errors(ParseResult result)
    {
        // Help and --version run whatever else the line holds.
        if (result.Action is { ClearsParseErrors: true }) return [];
        var errors = new List<string>();
        foreach (var error in result.Errors)
        {
            var message = error.Message;
            var type = error.SymbolResult switch
            {
                ArgumentResult { Tokens.Count: > 0 } argument => argument.Argument.ValueType,
                OptionResult { Tokens.Count: > 0 } option => option.Option.ValueType,
                _ => null,
            };
            if (type is not null && Expected(type) is { } expected) message += $" Cần {expected}.";
            if (error.SymbolResult is ArgumentResult { Tokens.Count: 0 } absent) message = $"{message.TrimEnd('.')} {absent.Argument.Name}.";
            errors.Add(message);
        }
        foreach (var token in result.UnmatchedTokens)
            if (Suggestion(result.CommandResult.Command, token) is { } suggestion) errors.Add($"có phải ý là '{suggestion}'?");
        errors.AddRange(OptionsTakenForArguments(result));
        return errors;
    }

    // An argument token that starts with '-' before any "--" is a mistyped option, not a file name: "validate --warning-as-errors".
    private static IEnumerable<string> OptionsTakenForArguments(ParseResult result)
    {
        var doubleDash = result.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        foreach (var argument in result.CommandResult.Command.Arguments)
        {
            if (result.GetResult(argument) is not ArgumentResult bound) continue;
            foreach (var token in bound.Tokens)
            {
                if (token.Value.Length < 2 || token.Value[0] != '-' || double.TryParse(token.Value, out _)) continue;
                var position = IndexOf(result.Tokens, token);
                if (doubleDash >= 0 && position > doubleDash) continue;
                var hint = Suggestion(result.CommandResult.Command, token.Value) is { } s ? $" Có phải ý là '{s}'?" : "";
                yield return $"không có tùy chọn '{token.Value}' cho lệnh '{result.CommandResult.Command.Name}'.{hint} Tên tệp bắt đầu bằng '-' thì đặt sau '--'.";
            }
        }
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (var i = 0; i < tokens.Count; i++) if (ReferenceEquals(tokens[i], token)) return i;
        return -1;
    }

    // The closest option or command name, when it is a plausible typo of the token.
    private static string? Suggestion(Command command, string token)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(command.Subcommands.Select(c => c.Name));
        var best = names.Select(n => (Name: n, Distance: Distance(token, n))).OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance > 0 && best.Distance <= Math.Max(2, token.Length / 4) ? best.Name : null;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static IEnumerable<string> Path(SymbolResult? result)
    {
        var names = new Stack<string>();
        for (var r = result; r is not null; r = r.Parent)
            if (r is CommandResult c && c.Parent is not null) names.Push(c.Command.Name);
        return names;
    }

    private static string? Expected(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) => "một số nguyên",
        var t when t == typeof(bool) => "true hoặc false",
        var t when t == typeof(FileInfo) => "đường dẫn tệp",
        var t when t == typeof(DirectoryInfo) => "đường dẫn thư mục",
        _ => null,
    };
}
