"""A document line as the text rules read it (`text_of` takes any object with these fields), for hand-made inputs."""
from dataclasses import dataclass


@dataclass
class Line:
    text: str
    page: int = 1
    tabular: bool = False
