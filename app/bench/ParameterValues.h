#pragma once

#include "core/Result.h"

#include <QList>
#include <QVariant>

namespace strongroom {
class Database;
}

namespace strongroom::bench {

// The values a workload statement's named parameters take, drawn from the data once, before any
// timing, so both targets of a comparison get exactly the same sequence.
//
// The rule: the table is the first one the statement names after FROM, JOIN, UPDATE or INTO. A
// parameter named like one of its columns (`:name`, or `:rowid`) takes random existing values of that
// column; `:id`, `:key` and `:pk` take random existing primary keys when no column has that name.
// Anything else, and positional `?` parameters, are refused (Usage, 2) naming the parameter.
class ParameterValues
{
public:
    static constexpr int kSequenceLength = 1024;

    static Result<ParameterValues> draw(const Database &db, const QString &sql, quint32 seed);

    bool isEmpty() const { return m_rows.isEmpty(); }
    // The values of iteration `i` (the sequence repeats after kSequenceLength); empty without parameters.
    QVariantList forIteration(qint64 i) const;

private:
    QList<QVariantList> m_rows;
};

} // namespace strongroom::bench
