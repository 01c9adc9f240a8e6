using StaticSite.Cli;

CommandLineText.Install();
return await Usage.RunAsync(StaticSiteCommand.Create(), args);
