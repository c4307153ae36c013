"""OpenAI adapters: the feedback analyzer (chat model with structured output, embeddings)."""

from kundrost.adapters.openai.analyzer import OpenAIFeedbackAnalyzer

__all__ = ["OpenAIFeedbackAnalyzer"]
