import ARRCommandLine

ARRQualityTool.main()
