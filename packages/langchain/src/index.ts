export { CasualMemoryRetriever, type CasualMemoryRetrieverOptions } from './casual-memory-retriever';
export { type MemoryDocumentMetadata, toMemoryDocument } from './memory-document';
export { type MemoryToolsOptions, memoryTools } from './memory-tools';
export { fromShortTermMessage, LANGCHAIN_METADATA_KEY, toShortTermMessage } from './message-mapping';
export { ShortTermChatMessageHistory, type ShortTermChatMessageHistoryOptions } from './short-term-chat-message-history';
