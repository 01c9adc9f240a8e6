namespace StaticSite.Compare;
