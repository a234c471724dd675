#include "widgets/SecretLineEdit.h"

#include "core/ProcessHardening.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>
#include <cstring>

namespace strongroom::ui {

namespace {

constexpr int kInitialCapacity = 128;
constexpr int kHorizontalMargin = 4;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

void wipe(QString &text)
{
    text.fill(QChar(0));
    text.clear();
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

SecretLineEdit::SecretLineEdit(QWidget *parent) : QWidget(parent), m_storage(kInitialCapacity, 0)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setAttribute(Qt::WA_KeyCompression, false);
    setCursor(Qt::IBeamCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleDescription(tr("Secret entry; the text is not shown"));
    processhardening::excludeFromCoreDumps(m_storage.constData(), size_t(m_storage.size()));
}

SecretLineEdit::~SecretLineEdit()
{
    wipeStorage();
}

QCA::SecureArray SecretLineEdit::secret() const
{
    QCA::SecureArray out(m_size);
    if (m_size > 0)
        std::memcpy(out.data(), m_storage.constData(), size_t(m_size));
    return out;
}

int SecretLineEdit::length() const
{
    int characters = 0;
    for (int i = 0; i < m_size; ++i)
        if (!isContinuationByte(m_storage[i]))
            ++characters;
    return characters;
}

bool SecretLineEdit::sameSecretAs(const SecretLineEdit &other) const
{
    if (m_size != other.m_size)
        return false;
    unsigned char difference = 0;
    for (int i = 0; i < m_size; ++i)
        difference |= static_cast<unsigned char>(m_storage[i] ^ other.m_storage[i]);
    return difference == 0;
}

void SecretLineEdit::setSecret(const QCA::SecureArray &utf8)
{
    wipeStorage();
    reserve(utf8.size());
    if (!utf8.isEmpty())
        std::memcpy(m_storage.data(), utf8.constData(), size_t(utf8.size()));
    m_size = utf8.size();
    m_allSelected = false;
    update();
    Q_EMIT textChanged();
}

void SecretLineEdit::setText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    setSecret(QCA::SecureArray(utf8));
    wipe(utf8);
}

void SecretLineEdit::clear()
{
    const bool wasEmpty = m_size == 0;
    wipeStorage();
    m_allSelected = false;
    update();
    if (!wasEmpty)
        Q_EMIT textChanged();
}

void SecretLineEdit::withText(const std::function<void(const QString &)> &use) const
{
    QString text = QString::fromUtf8(m_storage.constData(), m_size);
    use(text);
    wipe(text);
}

void SecretLineEdit::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

void SecretLineEdit::setRevealed(bool revealed)
{
    m_revealed = revealed;
    update();
}

void SecretLineEdit::reserve(int capacity)
{
    if (capacity <= m_storage.size())
        return;
    int grown = m_storage.size();
    while (grown < capacity)
        grown *= 2;
    // A new buffer, the old one wiped by hand: growing never leaves a copy in freed memory.
    QCA::SecureArray larger(grown, 0);
    if (m_size > 0)
        std::memcpy(larger.data(), m_storage.constData(), size_t(m_size));
    m_storage.fill(0);
    m_storage = larger;
    processhardening::excludeFromCoreDumps(m_storage.constData(), size_t(m_storage.size()));
}

void SecretLineEdit::wipeStorage()
{
    m_storage.fill(0);
    m_size = 0;
}

void SecretLineEdit::append(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return;
    if (m_allSelected)
        wipeStorage();
    m_allSelected = false;
    reserve(m_size + int(utf8.size()));
    std::memcpy(m_storage.data() + m_size, utf8.constData(), size_t(utf8.size()));
    m_size += int(utf8.size());
    update();
    Q_EMIT textChanged();
}

void SecretLineEdit::removeLastCharacter()
{
    if (m_allSelected) {
        m_allSelected = false;
        clear();
        return;
    }
    if (m_size == 0)
        return;
    int end = m_size - 1;
    while (end > 0 && isContinuationByte(m_storage[end]))
        --end;
    std::memset(m_storage.data() + end, 0, size_t(m_size - end));
    m_size = end;
    update();
    Q_EMIT textChanged();
}

void SecretLineEdit::pasteClipboard()
{
    QString pasted = QApplication::clipboard()->text();
    // One line, as a line edit takes it: up to the first line break.
    const qsizetype lineEnd = pasted.indexOf(QLatin1Char('\n'));
    QByteArray utf8 = (lineEnd >= 0 ? QStringView(pasted).left(lineEnd) : QStringView(pasted)).toUtf8();
    if (utf8.endsWith('\r'))
        utf8.chop(1);
    append(utf8);
    wipe(utf8);
    wipe(pasted);
}

void SecretLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Paste) {
        pasteClipboard();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        m_allSelected = m_size > 0;
        update();
        return;
    }
    if (event == QKeySequence::Copy || event == QKeySequence::Cut)
        return; // a secret never leaves the field
    switch (event->key()) {
    case Qt::Key_Backspace:
        if (event->modifiers() & Qt::ControlModifier) {
            clear();
            return;
        }
        removeLastCharacter();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT returnPressed();
        event->ignore(); // the dialog's default button still sees it, as with QLineEdit
        return;
    default:
        break;
    }
    const QString typed = event->text();
    bool printable = !typed.isEmpty() && !(event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier));
    for (const QChar c : typed)
        printable = printable && c.isPrint();
    if (!printable) {
        QWidget::keyPressEvent(event);
        return;
    }
    QByteArray utf8 = typed.toUtf8();
    append(utf8);
    wipe(utf8);
}

void SecretLineEdit::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_allSelected = false;
    update();
    QWidget::mousePressEvent(event);
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *paste = menu.addAction(tr("&Paste"));
    paste->setEnabled(!QApplication::clipboard()->text().isEmpty());
    QAction *clearAction = menu.addAction(tr("C&lear"));
    clearAction->setEnabled(m_size > 0);
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == paste)
        pasteClipboard();
    else if (chosen == clearAction)
        clear();
}

void SecretLineEdit::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void SecretLineEdit::focusOutEvent(QFocusEvent *event)
{
    m_allSelected = false;
    update();
    QWidget::focusOutEvent(event);
}

QSize SecretLineEdit::sizeHint() const
{
    // QLineEdit's own arithmetic, so the field lines up with the line edits beside it.
    ensurePolished();
    const QFontMetrics fm(font());
    const int h = qMax(fm.height(), 14) + 2 * 1 + 2;
    const int w = fm.horizontalAdvance(QLatin1Char('x')) * 17 + 2 * kHorizontalMargin;
    QStyleOptionFrame opt;
    opt.initFrom(this);
    opt.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, this);
    return style()->sizeFromContents(QStyle::CT_LineEdit, &opt, QSize(w, h), this);
}

QSize SecretLineEdit::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QLatin1Char('x')) * 4 + 2 * kHorizontalMargin, hint.height()};
}

void SecretLineEdit::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOptionFrame opt;
    opt.initFrom(this);
    opt.rect = rect();
    opt.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, this);
    opt.midLineWidth = 0;
    opt.state |= QStyle::State_Sunken;
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &opt, &painter, this);

    const QRect area = style()
                           ->subElementRect(QStyle::SE_LineEditContents, &opt, this)
                           .adjusted(kHorizontalMargin, 0, -kHorizontalMargin, 0);
    painter.setClipRect(area);
    const QFontMetrics fm(font());
    if (m_size == 0 && !m_placeholder.isEmpty() && !hasFocus()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(m_placeholder, Qt::ElideRight, area.width()));
        return;
    }
    QString shown = m_revealed ? QString::fromUtf8(m_storage.constData(), m_size)
                               : QString(length(), QChar(0x25CF)); // black circles, one a character
    const int width = fm.horizontalAdvance(shown);
    // The end of a long secret stays in view, where typing happens.
    const int x = width > area.width() ? area.right() - width : area.left();
    const QRect textRect(x, area.top(), width, area.height());
    if (m_allSelected && hasFocus()) {
        painter.fillRect(textRect, palette().color(QPalette::Highlight));
        painter.setPen(palette().color(QPalette::HighlightedText));
    } else {
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    }
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    wipe(shown);
    if (hasFocus() && !m_allSelected) {
        const int cursorX = qMin(x + width, area.right());
        const int top = area.center().y() - fm.height() / 2;
        painter.drawLine(cursorX, top, cursorX, top + fm.height());
    }
}

} // namespace strongroom::ui
