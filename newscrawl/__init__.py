"""newscrawl: crawl news mirrors, extract articles, merge copies of wire stories."""
