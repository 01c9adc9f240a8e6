using System.CommandLine;
using StaticSite.Cli;

var root = new RootCommand("staticsite — xuất bản, kiểm tra và so sánh chương trình, kế hoạch");
foreach (var command in Commands.All()) root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
