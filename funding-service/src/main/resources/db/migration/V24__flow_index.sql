-- Each write answers with its flow's counterpart and routes its webhooks by the project's funders:
-- both read the project's transactions that are not withdrawn, the first narrowed to one flow
-- (provider, receiver, currency, amount). Without this index both walked every transaction of the
-- project, so that a write cost more the more the project held.
CREATE INDEX funding_transaction_flow
    ON funding_transaction (project_id, provider_id, receiver_id, currency, amount)
    WHERE NOT withdrawn;
